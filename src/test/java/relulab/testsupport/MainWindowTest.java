package relulab.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import relulab.ui.app.MainWindow;

/**
 * A test of the whole main window as the program opens it, headless under TestFX: a fresh
 * window on the primary stage before each test, its background work stopped after it. (A
 * {@code @Start} method is only found in the test class itself, so the base opens the window
 * in a {@code @BeforeEach}, on the stage TestFX has registered by then.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class MainWindowTest {

    /** The window under test. */
    protected MainWindow window;

    @BeforeEach
    public void openWindow() throws Exception {
        FxToolkit.setupStage(stage -> {
            window = new MainWindow();
            window.show(stage);
        });
    }

    @AfterEach
    public void stopBackgroundWork() {
        window.close();
    }
}
