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

    /**
     * Chooses the language before the window exists, on the launcher thread rather than the FX
     * thread: the remembered choice is read from the preferences file, which may be slow (a
     * network home folder) and is never worth a frozen first frame.
     */
    @Override
    public void init() {
        String remembered =
                new PreferencesFile(KeepWindow.userDataFolder()).read().language();
        UiLocale.set(Languages.atStart(System.getProperty(UiLocale.PROPERTY), remembered, Locale.getDefault()));
    }

    @Override
    public void start(Stage stage) {
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
