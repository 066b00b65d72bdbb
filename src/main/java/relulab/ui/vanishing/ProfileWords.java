package relulab.ui.vanishing;

import relulab.core.Activations;
import relulab.train.vanishing.GradientProfile;
import relulab.ui.shared.activation.ActivationWords;

/**
 * The names under which a gradient profile appears on screen: its activation's, found by the
 * name the experiment gave it in the catalogue, so that the lesson never spells one itself.
 */
final class ProfileWords {

    private ProfileWords() {}

    /** The activation's name, e.g. "ReLU". */
    static String activation(GradientProfile profile) {
        return ActivationWords.name(Activations.parse(profile.activation()));
    }
}
