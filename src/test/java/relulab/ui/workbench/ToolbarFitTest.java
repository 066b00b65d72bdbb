package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.text.UiLocale;

/**
 * The workbench's toolbar keeps one row in every language View ▸ Language offers: in the
 * smallest window, and in presentation mode on a 1280×800 and a 1024×700 projector; in the
 * pseudo-locale (some 40% longer than English) on the 1280×800 projector. Its icon-only controls
 * are named in a tooltip and to screen readers.
 */
class ToolbarFitTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "pt-BR", "es", "zh-CN", "en-XA"})
    void theToolbarIsOneRowInTheSmallestWindowAndOnAProjector(String language, FxRobot robot) {
        int[][] sizes = language.equals("en-XA")
                ? new int[][] {{1280, 800, 1}}
                : new int[][] {{1024, 700, 0}, {1280, 800, 1}, {1024, 700, 1}};
        UiLocale.set(Locale.forLanguageTag(language));
        MainWindow window = windows.openMain();
        Stage stage = windows.stage();
        robot.interact(() -> window.openLesson("workbench"));
        List<String> faults = new ArrayList<>();
        for (int[] size : sizes) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            LabWindows.interact(() -> window.presentInWindow(size[2] == 1));
            WaitForAsyncUtils.waitForFxEvents();
            String where = language + " " + size[0] + "\u00d7" + size[1] + (size[2] == 1 ? " F5" : "");
            Parent toolbar = robot.lookup(".workbench-toolbar").queryAs(Parent.class);
            robot.interact(() -> window.root().layout());
            double top =
                    toolbar.getChildrenUnmodifiable().get(0).getBoundsInParent().getMinY();
            for (Node group : toolbar.getChildrenUnmodifiable()) {
                if (Math.abs(group.getBoundsInParent().getMinY() - top) > 0.5) {
                    faults.add(where + ": " + group + " on a second row");
                }
            }
            double right = toolbar.localToScene(toolbar.getLayoutBounds()).getMaxX();
            if (right > stage.getScene().getWidth() + 0.5) {
                faults.add(where + ": the toolbar runs to " + right + " px");
            }
        }
        LabWindows.interact(() -> window.presentInWindow(false));
        assertEquals(List.of(), faults);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"#undo", "#redo", "#file-menu", "#zoom-out", "#zoom-fit", "#zoom-in", "#new-cells"})
    void everyIconOnlyControlIsNamedInATooltipAndToScreenReaders(String id, FxRobot robot) {
        MainWindow window = windows.openMain();
        robot.interact(() -> window.openLesson("workbench"));
        Labeled control = robot.lookup(id).queryAs(Labeled.class);
        assertTrue(control.getText() == null || control.getText().isEmpty(), id + " shows an icon, not a word");
        assertFalse(
                control.getAccessibleText() == null
                        || control.getAccessibleText().isBlank(),
                id + " has a name");
        String tip = ((Control) control).getTooltip().getText();
        assertFalse(tip.isBlank(), id + " has a tooltip");
    }
}
