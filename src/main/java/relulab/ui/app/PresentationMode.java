package relulab.ui.app;

import javafx.scene.Parent;
import javafx.stage.Stage;
import relulab.ui.state.DisplaySettings;

/**
 * Presentation mode for the whole window: full screen, and the {@code presentation} style class
 * on the root, whose rule in {@code relulab.css} sets one larger root font size. Every lesson sizes
 * its text from the root font, so all of them grow together; F5 or the View menu turn it on and
 * off, and Esc (which leaves full screen) turns it off.
 */
final class PresentationMode {

    static final String STYLE_CLASS = "presentation";

    private final DisplaySettings display;
    private final Parent root;
    private Stage stage;

    PresentationMode(DisplaySettings display, Parent root) {
        this.display = display;
        this.root = root;
        display.presentationProperty().addListener((o, was, is) -> apply(is));
    }

    /** Follows the stage's full-screen state from now on (Esc leaves both). */
    void attach(Stage window) {
        this.stage = window;
        window.fullScreenProperty().addListener((o, was, is) -> {
            if (!is) {
                display.presentationProperty().set(false);
            }
        });
        apply(display.isPresentation());
    }

    private void apply(boolean on) {
        if (on) {
            if (!root.getStyleClass().contains(STYLE_CLASS)) {
                root.getStyleClass().add(STYLE_CLASS);
            }
        } else {
            root.getStyleClass().remove(STYLE_CLASS);
        }
        if (stage != null && stage.isFullScreen() != on) {
            stage.setFullScreen(on);
        }
    }
}
