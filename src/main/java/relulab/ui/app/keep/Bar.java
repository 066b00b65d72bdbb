package relulab.ui.app.keep;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.ui.shared.text.Messages;

/**
 * A bar above the lessons that stays until the user answers it: a message, the bar's own
 * buttons, and a close button. The recovery offer and the window's refusals are both such bars,
 * so a refusal cannot vanish before it is read as a notification does.
 *
 * <p>The message wraps, so a long one makes the bar taller, never the window wider.
 */
final class Bar {

    private static final Messages WORDS = Messages.of(Bar.class);

    private final HBox box = new HBox(10);
    private final Label text = new Label();
    private VBox host;

    /**
     * @param styleClass the bar's look and its name for tests (e.g. {@code recovery-bar})
     * @param closable   whether it has a close button ({@code .bar-close}) that just hides it
     */
    Bar(String styleClass, boolean closable) {
        box.getStyleClass().addAll("keep-bar", styleClass);
        box.setAlignment(Pos.CENTER_LEFT);
        text.getStyleClass().add("bar-text");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        box.getChildren().add(text);
        if (closable) {
            Button close = button(WORDS.get("bar.close"), "bar-close", this::close);
            close.setTooltip(new Tooltip(WORDS.get("bar.close.tip")));
        }
    }

    /** Adds a button that runs {@code action}; the bar stays unless the action closes it. */
    Button button(String label, String styleClass, Runnable action) {
        Button b = new Button(label);
        b.getStyleClass().add(styleClass);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        int closeAt = box.getChildren().size();
        if (closeAt > 1 && box.getChildren().get(closeAt - 1).getStyleClass().contains("bar-close")) {
            closeAt--;
        }
        box.getChildren().add(closeAt, b);
        return b;
    }

    void setText(String message) {
        text.setText(message);
    }

    String text() {
        return text.getText();
    }

    /** Shows the bar at the end of {@code banner}, if it is not shown yet. */
    void show(VBox banner) {
        host = banner;
        if (!banner.getChildren().contains(box)) {
            banner.getChildren().add(box);
        }
    }

    boolean isShowing() {
        return host != null && host.getChildren().contains(box);
    }

    void close() {
        if (host != null) {
            host.getChildren().remove(box);
        }
    }
}
