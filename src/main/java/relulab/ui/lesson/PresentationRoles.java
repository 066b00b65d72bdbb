package relulab.ui.lesson;

import javafx.scene.Node;
import relulab.ui.state.DisplaySettings;

/**
 * The two roles a lesson's parts play in presentation mode (F5). Presentation mode is for the
 * pictures: a teacher projects the grids, plots and charts, and talks over them. So a lesson marks
 * its main pictures ({@link #picture}), which must get at least the room they have in the normal
 * window, and its explanatory paragraphs ({@link #explanation}), which fold away in presentation
 * mode, to come back when it ends (what they say is also in the lesson's F1 help). The marks are style classes, so tests and style sheets find
 * the parts without knowing the lesson.
 */
public final class PresentationRoles {

    /** Style class of a lesson's main picture: a grid, a plot or a chart. */
    public static final String PICTURE = "lesson-picture";

    /** Style class of an explanatory paragraph that presentation mode folds away. */
    public static final String EXPLANATION = "lesson-explanation";

    private PresentationRoles() {}

    /** Marks {@code node} as one of its lesson's main pictures. */
    public static <T extends Node> T picture(T node) {
        if (!node.getStyleClass().contains(PICTURE)) {
            node.getStyleClass().add(PICTURE);
        }
        return node;
    }

    /**
     * Marks {@code node} as an explanation: it is shown, and takes room, only while presentation
     * mode is off.
     */
    public static <T extends Node> T explanation(T node, DisplaySettings display) {
        if (!node.getStyleClass().contains(EXPLANATION)) {
            node.getStyleClass().add(EXPLANATION);
        }
        node.managedProperty().bind(node.visibleProperty());
        node.visibleProperty().bind(display.presentationProperty().not());
        return node;
    }
}
