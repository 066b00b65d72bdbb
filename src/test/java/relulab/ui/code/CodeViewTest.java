package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.LabState;

class CodeViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final Shape SHAPE = new Shape(1, 1, 2);

    private LabState state;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        state = new LabState(SHAPE);
        CodeViewModel model = new CodeViewModel(state.snapshot());
        state.snapshotProperty().addListener((o, was, is) -> model.show(is));
        stage.setScene(new Scene(new CodeView(model, new DisplaySettings()), 1280, 800));
        stage.show();
    }

    @Test
    void literalsFollowTheSharedTensors(FxRobot robot) {
        robot.interact(() -> state.setTensors(
                Tensor3.of(SHAPE, new double[] {Double.NaN, -7}),
                Tensor3.of(SHAPE, new double[] {1, Double.NEGATIVE_INFINITY})));

        String python = robot.lookup("#python-data").queryAs(TextArea.class).getText();
        String matlab = robot.lookup("#matlab-data").queryAs(TextArea.class).getText();
        assertTrue(python.contains("[[np.nan, -7.0]]"), python);
        assertTrue(python.contains("[[1.0, -np.inf]]"), python);
        assertTrue(matlab.contains("    NaN, -7.0\n"), matlab);
    }

    @Test
    void codeIsHighlightedAndFollowsTheGradientAtZero(FxRobot robot) {
        TextFlow code = robot.lookup("#python-code").queryAs(TextFlow.class);
        assertTrue(code.getChildren().stream()
                .anyMatch(n -> n.getStyleClass().contains("code-keyword")
                        && ((Text) n).getText().equals("def")));

        robot.interact(() -> state.gradientAtZeroProperty().set(GradientAtZero.ONE));

        String text = code.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
        assertTrue(text.contains("np.where(x >= 0, dout, 0.0)"), text);
    }

    @Test
    void inANarrowWindowALongLineContinuesIndentedUnderItsLine(FxRobot robot) {
        TextFlow code = robot.lookup("#python-code").queryAs(TextFlow.class);
        String wide = text(code);
        robot.interact(() -> code.getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();

        String narrow = text(code);
        assertTrue(
                narrow.contains("\n" + " ".repeat(4 + CodeWrap.HANGING)),
                "a continuation of an indented line: " + narrow);
        assertTrue(narrow.lines().count() > wide.lines().count(), narrow);
        assertEquals(wide.replaceAll("\\s", ""), narrow.replaceAll("\\s", ""));
    }

    private static String text(TextFlow flow) {
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void theDataBoxShowsSixSignificantDigitsWrappedWhileCopyGivesTheExactValues(FxRobot robot) {
        double third = 1.0 / 3;
        robot.interact(() -> state.setTensors(
                Tensor3.of(SHAPE, new double[] {third, -2.5e-9}), Tensor3.of(SHAPE, new double[] {0.1 + 0.2, 7})));

        TextArea data = robot.lookup("#python-data").queryAs(TextArea.class);
        assertTrue(data.getText().contains("[[0.333333, -2.5e-9]]"), data.getText());
        assertTrue(data.getText().contains("[[0.3, 7.0]]"), data.getText());
        assertTrue(data.isWrapText());

        robot.clickOn("#python-copy-data");
        String copied = clipboard(robot);
        assertTrue(copied.contains(Double.toString(third)), copied);
        assertTrue(copied.contains("0.30000000000000004"), copied);
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() ->
                text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void copyAllSaysWhatItCopied(FxRobot robot) {
        robot.clickOn("#python-copy-all");
        assertEquals(
                "Copied the whole Python / NumPy program to the clipboard.",
                robot.lookup("#code-status").queryAs(Label.class).getText());
    }
}
