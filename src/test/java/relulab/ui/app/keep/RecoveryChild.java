package relulab.ui.app.keep;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import relulab.core.Tensor3;
import relulab.ui.app.MainWindow;

/**
 * A second ReLU Lab process for {@link RecoveryTest}: opens the window headless with the given
 * data folder and the workbench, edits x[0,0,0] to the given value — unsaved work, which the autosave writes —
 * and then waits to be killed.
 */
public final class RecoveryChild {

    private RecoveryChild() {}

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        double value = Double.parseDouble(args[1]);
        Platform.startup(() -> {
            MainWindow window = new MainWindow(data);
            window.show(new Stage());
            window.keep().continueLastRun();
            window.openLesson("workbench");
            Tensor3 x = window.state().x();
            window.state().setTensors(x.with(0, 0, 0, value), window.state().dout());
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
