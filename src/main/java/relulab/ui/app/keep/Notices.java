package relulab.ui.app.keep;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import relulab.io.MessageText;

/**
 * How keeping tells the user what happened to their files. What went well is one line as the
 * last message and a notification over the window that fades; what was refused or failed stays
 * in a {@link Bar} above the lessons ({@code .message-bar}) until the user closes it. Offers that
 * wait for an answer (the recovery bars) live in the same banner.
 */
final class Notices {

    private final Supplier<String> appName;
    private final VBox banner = new VBox();
    private final Bar refusal = new Bar("message-bar", true);
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

    /** Tells the user what went well, in the last message and as a notification that fades. */
    void say(String text) {
        String line = MessageText.line(text);
        message.set(line);
        if (stage != null && stage.isShowing()) {
            Notifications.create()
                    .title(appName.get())
                    .text(line)
                    .owner(stage)
                    .hideAfter(Duration.seconds(6))
                    .showInformation();
        }
    }

    /** Tells the user what was refused or failed, in a bar that stays until closed. */
    void refuse(String text) {
        String line = MessageText.line(text);
        message.set(line);
        refusal.setText(line);
        refusal.show(banner);
    }
}
