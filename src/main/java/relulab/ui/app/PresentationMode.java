package relulab.ui.app;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import relulab.ui.shared.EscapeKey;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * Presentation mode for the whole window: full screen, and the {@code presentation} style class
 * on the root, whose rule in {@code relulab.css} sets one larger root font size. Every lesson sizes
 * its text from the root font, so all of them grow together; F5 or the View menu turn it on and
 * off, and Esc turns it off unless a part of the window claims it ({@link EscapeKey}).
 */
final class PresentationMode {

    static final String STYLE_CLASS = "presentation";

    private final DisplaySettings display;
    private final Parent root;
    private Stage stage;
    /** Whether presentation mode takes the whole screen (always, but in tests that fix the window's size). */
    private boolean fullScreen = true;

    PresentationMode(DisplaySettings display, Parent root) {
        this.display = display;
        this.root = root;
        display.presentationProperty().addListener((o, was, is) -> apply(is));
    }

    /** Follows the stage's full-screen state from now on, and lets an unused Esc leave both. */
    void attach(Stage window) {
        this.stage = window;
        // Esc leaves presentation mode only when no part of the window claims it (EscapeKey):
        // the stage's own exit key would also fire when Esc closes the help, leaves a
        // walk-through or cancels an edit, and throw the teacher out of full screen each time.
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && display.isPresentation() && !EscapeKey.claimed(e.getTarget())) {
                display.presentationProperty().set(false);
            }
        });
        window.fullScreenProperty().addListener((o, was, is) -> {
            if (!is) {
                display.presentationProperty().set(false);
            }
        });
        apply(display.isPresentation());
    }

    /** From now on presentation mode leaves the window's size alone: no full screen. */
    void stayWindowed() {
        fullScreen = false;
    }

    private void apply(boolean on) {
        if (on) {
            if (!root.getStyleClass().contains(STYLE_CLASS)) {
                root.getStyleClass().add(STYLE_CLASS);
            }
        } else {
            root.getStyleClass().remove(STYLE_CLASS);
        }
        if (fullScreen && stage != null && stage.isFullScreen() != on) {
            // Said when it shows, so in the language spoken then.
            stage.setFullScreenExitHint(Messages.of(PresentationMode.class).get("presentation.exit.hint"));
            stage.setFullScreen(on);
        }
    }
}
