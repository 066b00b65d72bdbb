package relulab.ui.app.keep;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * How keeping tells the user what happened to their files: one line as the last message and a
 * notification over the window, and a banner above the lessons for offers that wait for an
 * answer (the recovery bar).
 */
final class Notices {

    private final Supplier<String> appName;
    private final VBox banner = new VBox();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Stage stage;

    /** @param appName the notifications' title, in the current language */
    Notices(Supplier<String> appName) {
        this.appName = appName;
        banner.getStyleClass().add("keep-banner");
        banner.getStylesheets().add(Notices.class.getResource("keep.css").toExternalForm());
    }

    /** Notifications appear over this stage once it is shown. */
    void attach(Stage window) {
        this.stage = window;
    }

    VBox banner() {
        return banner;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Tells the user, in the last message and as a notification. */
    void say(String text) {
        message.set(text);
        if (stage != null && stage.isShowing()) {
            Notifications.create()
                    .title(appName.get())
                    .text(text)
                    .owner(stage)
                    .hideAfter(Duration.seconds(6))
                    .showInformation();
        }
    }
}
