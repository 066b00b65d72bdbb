package relulab.ui.app.keep;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import relulab.ui.shared.text.Messages;

/**
 * The question a desktop program asks before unsaved work would go — closing the window, or
 * restoring other work in its place: save it first, let it go, or cancel. Its words come from
 * the bundle under {@code <prefix>.header}, {@code .detail}, {@code .save} and {@code .discard};
 * Cancel is the toolkit's own.
 */
final class UnsavedQuestion {

    /** What the user answered. */
    enum Answer {
        SAVE,
        DISCARD,
        CANCEL
    }

    private static final Messages WORDS = Messages.of(UnsavedQuestion.class);

    private UnsavedQuestion() {}

    /** Asks, in a dialog owned by {@code owner}, with the words under {@code prefix}; waits for the answer. */
    static Answer ask(Stage owner, String prefix) {
        ButtonType save = new ButtonType(WORDS.get(prefix + ".save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(WORDS.get(prefix + ".discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION, WORDS.get(prefix + ".detail"), save, discard, ButtonType.CANCEL);
        ask.setHeaderText(WORDS.get(prefix + ".header"));
        ask.initOwner(owner);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Answer.CANCEL;
        }
        return answer.get() == save ? Answer.SAVE : Answer.DISCARD;
    }
}
