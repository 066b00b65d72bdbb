package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import relulab.testsupport.MainWindowTest;
import relulab.ui.lesson.Lesson;

/**
 * Every control whose purpose no visible word states — a slider, a spinner, a choice box, a
 * button showing only a symbol, with no label just before it — has a tooltip.
 */
class UnlabelledControlsTest extends MainWindowTest {

    @Test
    void everyControlWithoutAVisibleLabelHasATooltip(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            robot.interact(() -> window.openLesson(lesson.id()));
            Node view = window.tab(lesson.id()).orElseThrow().getContent();
            collect(view, lesson.id(), missing);
        }
        assertEquals(List.of(), missing);
    }

    private static void collect(Node node, String lesson, List<String> missing) {
        if (node instanceof Control c && needsTooltip(c) && c.getTooltip() == null && c.isVisible() && !labelled(c)) {
            missing.add(lesson + ": " + c.getClass().getSimpleName() + " " + c.getId()
                    + (c instanceof ButtonBase b ? " '" + b.getText() + "'" : ""));
        }
        if (node instanceof Parent p && !(node instanceof Spinner) && !(node instanceof ComboBoxBase)) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, lesson, missing));
        }
    }

    /** Whether a label names the control: its labelFor, or the label just before it. */
    private static boolean labelled(Control c) {
        List<Node> siblings = c.getParent() == null ? List.of() : c.getParent().getChildrenUnmodifiable();
        int at = siblings.indexOf(c);
        return siblings.stream().anyMatch(n -> n instanceof Label l && l.getLabelFor() == c)
                || (at > 0
                        && siblings.get(at - 1) instanceof Label l
                        && l.isVisible()
                        && !l.getText().isBlank());
    }

    /** A control no word on it names: a slider, spinner, choice box, text field, or a button of symbols. */
    private static boolean needsTooltip(Control c) {
        if (c instanceof ButtonBase b) {
            return b.getText() == null || b.getText().codePoints().noneMatch(Character::isLetter);
        }
        if (c instanceof TextField && c.getParent() instanceof Spinner) {
            return false;
        }
        return c instanceof Slider
                || c instanceof Spinner
                || c instanceof ChoiceBox
                || c instanceof ComboBoxBase
                || (c instanceof TextField && !c.getStyleClass().contains("cell-editor"));
    }
}
