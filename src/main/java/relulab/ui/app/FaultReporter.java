package relulab.ui.app;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import relulab.io.MessageText;
import relulab.ui.shared.text.Messages;

/**
 * Makes sure nothing fails silently: an exception that no code caught, on the FX thread or on
 * any other, is logged with its stack trace and shown in the window, in a bar under the lessons
 * ({@code #fault-bar}) that a click dismisses.
 *
 * <p>JavaFX hands an exception thrown by an event handler to the thread's uncaught-exception
 * handler and carries on with the next event; without this class such a failure would only
 * reach a console the user never sees, and the window would seem to ignore the click. The
 * window stays usable: the lessons keep their last good state, and the bar says what failed.
 */
public final class FaultReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger("relulab");

    private final Label bar = new Label();
    private final List<Throwable> faults = new ArrayList<>();

    private FaultReporter() {
        bar.setId("fault-bar");
        bar.getStyleClass().add("fault-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setWrapText(true);
        bar.setVisible(false);
        bar.setManaged(false);
        bar.setOnMouseClicked(e -> {
            bar.setVisible(false);
            bar.setManaged(false);
        });
    }

    /** Puts the bar at the bottom of {@code root} and makes this the handler of every thread. */
    public static FaultReporter install(BorderPane root) {
        FaultReporter reporter = new FaultReporter();
        root.setBottom(reporter.bar);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        return reporter;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.log(Level.ERROR, "Uncaught exception on thread " + thread.getName(), e);
        if (Platform.isFxApplicationThread()) {
            show(e);
        } else {
            Platform.runLater(() -> show(e));
        }
    }

    private void show(Throwable e) {
        faults.add(e);
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        bar.setText(MessageText.line(Messages.of(FaultReporter.class).format("fault.bar", what)));
        bar.setTooltip(new Tooltip(MessageText.line(what)));
        bar.setVisible(true);
        bar.setManaged(true);
    }

    /** Every fault shown so far, oldest first (read on the FX thread). */
    public List<Throwable> faults() {
        return List.copyOf(faults);
    }
}
