package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import relulab.core.LeakyRelu;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorLegend;
import relulab.ui.shared.text.UiLocale;

/**
 * In the pseudo-locale every word the workbench shows comes from a bundle: no label, button,
 * tooltip, menu item or chooser entry holds a plain ASCII word, with the walk-through open and
 * another activation set. Tensor names and numbers (x, dout, NaN) are code and may stay plain.
 * The colour legend is the shared grid package's widget, with that package's words: it is not
 * walked here.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchPseudoLocaleTest {

    /** Words that are code, not text: tensor names, NumPy's NaN, the formula's max. */
    private static final Set<String> CODE = Set.of("x", "dout", "out", "dx", "d", "NaN", "max");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private Locale before;
    private MainWindow window;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        before = UiLocale.current();
        UiLocale.set(UiLocale.PSEUDO);
        window = new MainWindow();
        window.show(stage);
        view = LessonViews.workbench(window);
    }

    @AfterEach
    void close() {
        window.close();
        UiLocale.set(before);
    }

    @Test
    void noPlainWordIsShown(FxRobot robot) {
        robot.interact(() -> {
            window.state().activationProperty().set(new LeakyRelu(0.1));
            view.viewModel().hoverProperty().set(new CellIndex(0, 0, 0));
            view.startWalkThrough();
            view.viewModel().walkThroughProperty().get().next();
        });
        List<String> plain = new ArrayList<>();
        robot.interact(() -> collect(view, plain));
        assertEquals(List.of(), plain);
    }

    private static void collect(Node node, List<String> plain) {
        if (node instanceof ColorLegend) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l.getText(), plain);
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            check(c.getTooltip().getText(), plain);
        }
        if (node instanceof MenuButton m) {
            check(m.getText(), plain);
            m.getItems().forEach(i -> collect(i, plain));
        }
        if (node instanceof ChoiceBox<?> box) {
            box.getItems().forEach(item -> check(text(box, item), plain));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, plain));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String text(ChoiceBox<T> box, Object item) {
        return box.getConverter() == null
                ? String.valueOf(item)
                : box.getConverter().toString((T) item);
    }

    private static void collect(MenuItem item, List<String> plain) {
        check(item.getText(), plain);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, plain));
        }
    }

    private static void check(String text, List<String> plain) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!CODE.contains(m.group())) {
                plain.add(m.group() + " in: " + text);
                return;
            }
        }
    }
}
