package relulab.ui.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window (and the file named on the command line, if
 * any: {@code relu-lab x.npy}), and stops its background work on exit.
 */
public final class ReluLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow();
        window.show(stage);
        window.keep().continueLastRun();
        getParameters().getRaw().stream().findFirst()
                .ifPresent(file -> window.keep().open(Path.of(file).toAbsolutePath(), null));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
