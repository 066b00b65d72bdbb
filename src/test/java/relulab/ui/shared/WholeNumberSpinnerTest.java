package relulab.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's number fields read what the command line reads (one number grammar): spaces
 * around a number and an exponent are taken, as {@code --depth ' 5'} and {@code --depth 1e1}
 * are; text that is no number is refused in one line and the field keeps its value.
 */
@ExtendWith(ApplicationExtension.class)
class WholeNumberSpinnerTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void spacesAndExponentsAreTakenAsOnTheCommandLine(FxRobot robot) {
        List<String> refused = new ArrayList<>();
        Spinner<Integer> depth = WholeNumberSpinner.create("Depth", 1, 64, 2, refused::add);
        List<Integer> read = new ArrayList<>();
        robot.interact(() -> {
            for (String typed : List.of(" 5", "1e1", "12.0", "\t7 ")) {
                read.add(depth.getValueFactory().getConverter().fromString(typed));
            }
        });
        assertEquals(List.of(5, 10, 12, 7), read);
        assertEquals(List.of(), refused);
    }

    @Test
    void textThatIsNoWholeNumberInRangeIsRefusedAndTheValueKept(FxRobot robot) {
        List<String> refused = new ArrayList<>();
        Spinner<Integer> depth = WholeNumberSpinner.create("Depth", 1, 64, 2, refused::add);
        List<Integer> read = new ArrayList<>();
        robot.interact(() -> {
            for (String typed : List.of("abc", "2.5", "1e3")) {
                read.add(depth.getValueFactory().getConverter().fromString(typed));
            }
        });
        assertEquals(List.of(2, 2, 2), read, "the field keeps its value");
        assertEquals(3, refused.size());
        assertTrue(refused.get(0).contains("'abc'"), refused.get(0));
        assertNull(WholeNumberSpinner.refusal("Depth", " 1e1 ", 1, 64, 2));
    }
}
