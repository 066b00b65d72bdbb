package relulab.ui.vanishing;

import java.util.List;
import java.util.Locale;
import relulab.io.NumberText;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.Initialisation;

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

    private VanishingVerdict() {
    }

    /** The numbers, then the sentences, for sigmoid, tanh and ReLU in that order. */
    static String describe(List<GradientProfile> profiles) {
        GradientProfile sigmoid = profiles.get(0);
        GradientProfile tanh = profiles.get(1);
        GradientProfile relu = profiles.get(2);
        StringBuilder b = new StringBuilder("Gradient reaching layer 1 (a unit gradient entered at the top): ");
        for (int i = 0; i < profiles.size(); i++) {
            GradientProfile p = profiles.get(i);
            b.append(i == 0 ? "" : ", ").append(ProfileWords.activation(p)).append(' ')
                    .append(NumberText.forDisplay(p.norm(1), 2));
        }
        b.append(".\n").append(sigmoidSentence(sigmoid)).append(' ').append(tanhSentence(tanh, relu)).append(' ')
                .append(reluSentence(relu));
        return b.toString();
    }

    private static String sigmoidSentence(GradientProfile sigmoid) {
        return "Sigmoid vanishes (\u03c3\u2032 \u2264 \u00bc at every layer), whatever the initialisation.";
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
            return String.format(Locale.ROOT, "Tanh falls behind: %.0f%% of layer %d's units are saturated "
                    + "(f\u2032 < 0.1), and they pass almost no gradient.", 100 * saturated, worst);
        }
        if (tanh.init() == Initialisation.HE) {
            return "Tanh with He's weights (made for ReLU) can even grow its gradient: each layer amplifies it "
                    + "while the units stay off their flat tails.";
        }
        if (ratio >= KEEPS_UP) {
            return "Tanh keeps up here: with Xavier and a small input its units stay near 0, where tanh\u2032 \u2248 1. "
                    + "Raise the input scale to saturate them.";
        }
        return "Tanh fades slowly: tanh\u2032 < 1 away from 0 takes a little at every layer.";
    }

    private static String reluSentence(GradientProfile relu) {
        if (relu.init() == Initialisation.XAVIER) {
            return "ReLU with Xavier halves the gradient's energy per layer (it zeroes half the units): "
                    + "ReLU networks use He.";
        }
        return "ReLU passes the gradient with slope exactly 1 on every active unit, whatever the input scale: "
                + "its curve does not move.";
    }
}
