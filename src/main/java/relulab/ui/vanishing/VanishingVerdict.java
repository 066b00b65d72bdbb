package relulab.ui.vanishing;

import java.util.List;
import relulab.io.NumberText;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.Initialisation;
import relulab.ui.shared.text.Messages;

/**
 * What the chart shows, in words that follow the numbers: the gradient left at layer 1 for each
 * activation, then one sentence per activation that says honestly where it stands — sigmoid
 * always vanishes; tanh keeps up while its units stay near 0 and falls behind where they
 * saturate; ReLU's active units pass the gradient with slope 1 and need He weights to keep its
 * size.
 */
final class VanishingVerdict {

    /** Tanh "keeps up" when at least this fraction of ReLU's gradient reaches layer 1. */
    private static final double KEEPS_UP = 0.3;
    /** A layer counts as saturated when at least half its units have f′ &lt; 0.1. */
    private static final double MOSTLY_SATURATED = 0.5;

    private static final Messages WORDS = Messages.of(VanishingVerdict.class);

    private VanishingVerdict() {
    }

    /** The numbers, then the sentences, for sigmoid, tanh and ReLU in that order. */
    static String describe(List<GradientProfile> profiles) {
        GradientProfile sigmoid = profiles.get(0);
        GradientProfile tanh = profiles.get(1);
        GradientProfile relu = profiles.get(2);
        String numbers = WORDS.format("verdict.numbers",
                ProfileWords.activation(sigmoid), layerOne(sigmoid),
                ProfileWords.activation(tanh), layerOne(tanh),
                ProfileWords.activation(relu), layerOne(relu));
        return WORDS.format("verdict.layout", numbers, WORDS.get("verdict.sigmoid"), tanhSentence(tanh, relu),
                reluSentence(relu));
    }

    /** The norm of the gradient at layer 1, as the tensors' numbers are written. */
    private static String layerOne(GradientProfile profile) {
        return NumberText.forDisplay(profile.norm(1), 2);
    }

    private static String tanhSentence(GradientProfile tanh, GradientProfile relu) {
        int worst = 1;
        for (int l = 1; l <= tanh.depth(); l++) {
            if (tanh.saturatedShare(l) > tanh.saturatedShare(worst)) {
                worst = l;
            }
        }
        double saturated = tanh.saturatedShare(worst);
        double ratio = tanh.norm(1) / relu.norm(1);
        if (saturated >= MOSTLY_SATURATED) {
            return WORDS.format("verdict.tanh.saturated", Math.round(100 * saturated), worst,
                    NumberText.forDisplay(GradientProfile.SATURATED_SLOPE, 2));
        }
        if (tanh.init() == Initialisation.HE) {
            return WORDS.get("verdict.tanh.he");
        }
        if (ratio >= KEEPS_UP) {
            return WORDS.get("verdict.tanh.keepsUp");
        }
        return WORDS.get("verdict.tanh.fades");
    }

    private static String reluSentence(GradientProfile relu) {
        return WORDS.get(relu.init() == Initialisation.XAVIER ? "verdict.relu.xavier" : "verdict.relu.he");
    }
}
