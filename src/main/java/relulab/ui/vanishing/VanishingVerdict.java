package relulab.ui.vanishing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import relulab.io.NumberText;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.Initialisation;
import relulab.train.vanishing.VanishingExperiment;
import relulab.ui.shared.text.Messages;

/**
 * What the chart shows, in sentences computed from its numbers: the gradient left at layer 1 for
 * each activation, then for each one what happened to it ({@link GradientFate}: vanished, shrank,
 * kept its size or grew, with the average factor per layer) and the cause that holds on this run
 * — sigmoid's σ′ ≤ ¼, the share of tanh's saturated units, the share of ReLU's units that are
 * off and whether the initialisation makes up for them. Tanh is compared with ReLU by the ratio
 * of their gradients, and where one scheme for all lets tanh keep more than ReLU, the verdict
 * says so: ReLU's edge over tanh needs each activation on its own initialisation.
 *
 * <p>Nothing is said because of an activation's name alone; every claim is a reading of a number
 * of this run, so it holds on every setting the tab offers (a test sweeps them). Only the members
 * the chart shows are spoken of: hiding one in the legend takes its sentences away.
 */
final class VanishingVerdict {

    /** A layer counts as saturated when at least half its units have f′ &lt; 0.1. */
    static final double MOSTLY_SATURATED = 0.5;
    /** Tanh and ReLU keep "about as much" while their gradients are within this factor. */
    static final double SAME_FACTOR = 2;

    private static final Messages WORDS = Messages.of(VanishingVerdict.class);

    private VanishingVerdict() {}

    /** The verdict with every profile shown. */
    static String describe(List<GradientProfile> profiles) {
        return describe(profiles, Collections.nCopies(profiles.size(), true));
    }

    /**
     * The numbers, then the sentences, for the profiles shown: sigmoid, tanh and ReLU (at indexes
     * 0, 1 and 2, each with the cause that holds on this run, and tanh against ReLU when both are
     * shown), then each other member with its fate and the share of its units whose slope is small.
     */
    static String describe(List<GradientProfile> profiles, List<Boolean> shown) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            if (shown.get(i)) {
                GradientProfile p = profiles.get(i);
                numbers.add(WORDS.format("verdict.number", ProfileWords.activation(p), layerOne(p)));
            }
        }
        if (numbers.isEmpty()) {
            return WORDS.get("verdict.none");
        }
        List<String> sentences = new ArrayList<>();
        boolean withTanh = shown.get(1);
        boolean withRelu = shown.get(2);
        GradientProfile tanh = profiles.get(1);
        GradientProfile relu = profiles.get(2);
        if (shown.get(0)) {
            sentences.add(fate(profiles.get(0)));
            sentences.add(WORDS.get("verdict.sigmoid.why"));
        }
        if (withTanh) {
            sentences.add(fate(tanh));
            sentences.add(tanhCause(tanh));
        }
        if (withTanh && withRelu) {
            sentences.add(comparison(tanh, relu));
        }
        if (withRelu) {
            sentences.add(fate(relu));
            sentences.add(WORDS.format("verdict.relu.why", percent(meanShare(relu))));
            sentences.add(reluInitialisation(relu));
        }
        if (withTanh && withRelu && tanh.init() == relu.init() && tanh.norm(1) > relu.norm(1)) {
            sentences.add(WORDS.format(
                    "verdict.shared",
                    ProfileWords.activation(tanh),
                    ProfileWords.activation(relu),
                    percent(meanShare(relu)),
                    percent(meanShare(tanh))));
        }
        for (int i = VanishingExperiment.CHAPTER.size(); i < profiles.size(); i++) {
            if (shown.get(i)) {
                GradientProfile p = profiles.get(i);
                sentences.add(fate(p));
                sentences.add(WORDS.format(
                        "verdict.member.slopes",
                        ProfileWords.activation(p),
                        percent(meanShare(p)),
                        NumberText.forDisplay(GradientProfile.SATURATED_SLOPE, 2)));
            }
        }
        String list = String.join(WORDS.get("verdict.separator"), numbers);
        return WORDS.format("verdict.layout", WORDS.format("verdict.numbers", list), String.join(" ", sentences));
    }

    /** The norm of the gradient at layer 1, as the tensors' numbers are written. */
    private static String layerOne(GradientProfile profile) {
        return NumberText.forDisplay(profile.norm(1), 2);
    }

    /** "Sigmoid vanishes: ×0.21 per layer on average." */
    private static String fate(GradientProfile profile) {
        return WORDS.format(
                "verdict.fate",
                ProfileWords.activation(profile),
                WORDS.get(GradientFate.of(profile).key()),
                NumberText.forDisplay(GradientFate.perLayer(profile), 2));
    }

    /** Saturation where at least half a layer's units saturate; otherwise how few do, and what He's larger weights did. */
    private static String tanhCause(GradientProfile tanh) {
        int worst = worstLayer(tanh);
        double saturated = tanh.saturatedShare(worst);
        String slope = NumberText.forDisplay(GradientProfile.SATURATED_SLOPE, 2);
        if (saturated >= MOSTLY_SATURATED) {
            return WORDS.format("verdict.tanh.saturated", percent(saturated), worst, slope);
        }
        String calm = WORDS.format("verdict.tanh.calm", percent(saturated), slope);
        if (tanh.init() != Initialisation.HE) {
            return calm;
        }
        // Whether He's larger weights more than make up for tanh′ < 1 is read from the gradient itself.
        return calm + " " + WORDS.get(tanh.norm(1) > 1 ? "verdict.tanh.he.more" : "verdict.tanh.he.part");
    }

    /** The layer with the largest share of saturated units (the lowest such layer on a tie). */
    private static int worstLayer(GradientProfile profile) {
        int worst = 1;
        for (int l = 2; l <= profile.depth(); l++) {
            if (profile.saturatedShare(l) > profile.saturatedShare(worst)) {
                worst = l;
            }
        }
        return worst;
    }

    /** Tanh against ReLU by the ratio of their gradients at layer 1 (or that neither passes any). */
    private static String comparison(GradientProfile tanh, GradientProfile relu) {
        if (tanh.norm(1) == 0 && relu.norm(1) == 0) {
            return WORDS.format("verdict.compare.none", ProfileWords.activation(tanh), ProfileWords.activation(relu));
        }
        double ratio = tanh.norm(1) / relu.norm(1);
        String key = ratio > SAME_FACTOR
                ? "verdict.compare.more"
                : ratio >= 1 / SAME_FACTOR ? "verdict.compare.same" : "verdict.compare.less";
        return WORDS.format(
                key, ProfileWords.activation(tanh), ProfileWords.activation(relu), NumberText.forDisplay(ratio, 2));
    }

    /**
     * Whether the initialisation makes up for the units ReLU turns off: Xavier does not (and ReLU
     * is said to vanish too only where it did); He does
     * on average, and says so plainly where this run kept its size, or names the narrow layers
     * whose varying factors compound where it did not.
     */
    private static String reluInitialisation(GradientProfile relu) {
        if (relu.init() == Initialisation.XAVIER) {
            return WORDS.get(
                    GradientFate.of(relu) == GradientFate.VANISHES
                            ? "verdict.relu.xavier.vanished"
                            : "verdict.relu.xavier");
        }
        if (GradientFate.of(relu) == GradientFate.KEEPS) {
            return WORDS.get("verdict.relu.he.kept");
        }
        return WORDS.format("verdict.relu.he.varies", relu.slopes(1).length, relu.depth());
    }

    /** The share of saturated (or, for ReLU, off) units, averaged over the layers. */
    static double meanShare(GradientProfile profile) {
        double sum = 0;
        for (double share : profile.saturatedShareByLayer()) {
            sum += share;
        }
        return sum / profile.depth();
    }

    private static long percent(double share) {
        return Math.round(100 * share);
    }
}
