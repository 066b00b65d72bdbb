package relulab.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import relulab.ui.app.keep.KeepWindow;
import relulab.ui.app.keep.PreferencesFile;
import relulab.ui.shared.text.UiLocale;

/**
 * The JavaFX application: opens the main window (and the file named on the command line, if
 * any: {@code relu-lab x.npy}) in the language {@link Languages#atStart} picks, and stops its
 * background work on exit.
 */
public final class ReluLabApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        String remembered =
                new PreferencesFile(KeepWindow.userDataFolder()).read().language();
        UiLocale.set(Languages.atStart(System.getProperty(UiLocale.PROPERTY), remembered, Locale.getDefault()));
        window = new MainWindow();
        window.show(stage);
        window.keep().continueLastRun();
        getParameters().getRaw().stream()
                .findFirst()
                .ifPresent(file -> window.keep().open(Path.of(file).toAbsolutePath(), null));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
