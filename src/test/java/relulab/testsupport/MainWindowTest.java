package relulab.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.ui.app.MainWindow;

/**
 * A test of the whole main window as the program opens it, headless under TestFX: a fresh
 * window before each test, opened and closed by {@link LabWindows}.
 */
public abstract class MainWindowTest {

    /** The fixture that opens the window and closes it after each test. */
    @RegisterExtension
    protected final LabWindows windows = new LabWindows();

    /** The window under test. */
    protected MainWindow window;

    @BeforeEach
    public void openWindow() {
        window = windows.openMain();
    }
}
