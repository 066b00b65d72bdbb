package relulab.ui.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import relulab.ui.shared.EscapeKey;
import relulab.ui.shared.text.Messages;

/**
 * Help shown over the lessons, inside the window: a card on a dimmed backdrop, so it works in
 * full-screen presentation mode too (a second window would hide behind it). F1 shows the page
 * of the tab in front; Esc, the Close button or a click on the backdrop hides it, and the
 * keyboard focus goes back where it was.
 */
final class HelpOverlay extends StackPane {

    private static final Messages WORDS = Messages.of(HelpOverlay.class);

    private final Label title = new Label();
    private final VBox body = new VBox(10);
    private final Button close = new Button(WORDS.get("help.close"));
    private final ScrollPane scroll = new ScrollPane(body);
    private Node focusBefore;

    HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setVisible(false);
        title.setId("help-title");
        title.getStyleClass().add("help-title");
        title.setWrapText(true);
        close.setId("help-close");
        close.setTooltip(new Tooltip(WORDS.get("help.close.tooltip")));
        close.setOnAction(e -> hide());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(12, title, spring, close);
        head.setAlignment(Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        body.getStyleClass().add("help-body");
        BorderPane card = new BorderPane(scroll);
        card.setTop(head);
        card.getStyleClass().add("help-card");
        card.setMaxSize(900, Region.USE_PREF_SIZE);
        card.setOnMouseClicked(e -> e.consume());
        getChildren().add(card);
        setOnMouseClicked(e -> hide());
        EscapeKey.claimWhile(this, this::isVisible);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
    }

    /** Shows the page and takes the keyboard focus (so that Esc and the scroll keys reach it). */
    void show(HelpPage page) {
        title.setText(page.title());
        body.getChildren().clear();
        for (HelpPage.Section section : page.sections()) {
            if (!section.heading().isEmpty()) {
                Label heading = new Label(section.heading());
                heading.getStyleClass().add("help-heading");
                body.getChildren().add(heading);
            }
            GridPane keys = null;
            for (HelpPage.Line line : section.lines()) {
                if (line.kind() == HelpPage.Line.Kind.KEY) {
                    if (keys == null) {
                        keys = new GridPane();
                        keys.getStyleClass().add("help-keys");
                        body.getChildren().add(keys);
                    }
                    Label key = new Label(line.key());
                    key.getStyleClass().add("help-key");
                    // A key is read whole: the description beside it wraps instead.
                    key.setMinWidth(Region.USE_PREF_SIZE);
                    keys.addRow(keys.getRowCount(), key, text(line.text(), "help-text"));
                } else {
                    keys = null;
                    body.getChildren()
                            .add(text(
                                    line.kind() == HelpPage.Line.Kind.BULLET
                                            ? WORDS.format("help.bullet", line.text())
                                            : line.text(),
                                    line.kind() == HelpPage.Line.Kind.BULLET ? "help-bullet" : "help-text"));
                }
            }
        }
        scroll.setVvalue(0);
        if (!isVisible()) {
            focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        }
        setVisible(true);
        close.requestFocus();
    }

    void hide() {
        if (isVisible()) {
            setVisible(false);
            if (focusBefore != null) {
                focusBefore.requestFocus();
            }
        }
    }

    /** The title of the page shown (for tests), or empty when hidden. */
    String shownTitle() {
        return isVisible() ? title.getText() : "";
    }

    private static Label text(String s, String style) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
