package relulab.ui.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window, and stops its background work on exit. */
public final class ReluLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow();
        window.show(stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
