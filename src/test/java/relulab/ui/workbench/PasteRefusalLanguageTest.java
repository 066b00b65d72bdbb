package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedText;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;

/**
 * A paste the workbench cannot read is refused in the status line in the window's language,
 * reason included, while the refusal's own message (the log's) stays English.
 */
class PasteRefusalLanguageTest {

    private static final String RAGGED = "1\t2\t3\n4\t5\t6\t7";
    private static final String UNBALANCED = "[[1. 2.]\n [3. 4.]";

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void open() {
        window = windows.openMain();
    }

    @Test
    void aRaggedPasteIsRefusedInPortuguese(FxRobot robot) {
        assertEquals("Nada colado: linha 2 tem 4 valores, linha 1 tem 3", pasteIn("pt-BR", RAGGED, robot));
        assertEquals("row 2 has 4 values, row 1 has 3", refusal(RAGGED).getMessage());
    }

    @Test
    void anUnbalancedNumpyPasteIsRefusedInChinese(FxRobot robot) {
        assertEquals("未粘贴任何内容：方括号不匹配：文本第 1 行的 '[' 始终没有闭合", pasteIn("zh-CN", UNBALANCED, robot));
        assertEquals(
                "unbalanced brackets: the '[' on line 1 is never closed",
                refusal(UNBALANCED).getMessage());
    }

    /** Switches the window to {@code language}, pastes {@code text} into x with Ctrl+V and reads the status line. */
    private String pasteIn(String language, String text, FxRobot robot) {
        LabWindows.interact(() -> window.switchLanguage(Locale.forLanguageTag(language)));
        WorkbenchView view = LabWindows.onFx(() -> LessonViews.workbench(window));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(view.grid(Panel.X)).press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        return LabWindows.onFx(
                () -> robot.lookup("#status-line").queryAs(Label.class).getText());
    }

    /** The refusal of {@code text}, read in the window's language as the paste above was. */
    private static PasteException refusal(String text) {
        return assertThrows(PasteException.class, () -> PastedText.parse(text));
    }
}
