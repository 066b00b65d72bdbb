package relulab.ui.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window. */
public final class ReluLabApp extends Application {

    @Override
    public void start(Stage stage) {
        new MainWindow().show(stage);
    }
}
