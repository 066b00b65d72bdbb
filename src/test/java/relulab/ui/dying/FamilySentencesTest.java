package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import relulab.core.Activation;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;

/** The sentence on the family says, for each member, what the sweep measured at the rates where ReLU dies. */
class FamilySentencesTest {

    private static final double[] RATES = LearningRateSweep.labRates();

    /** A complete sweep of {@code f} whose point i has the given dead and nearly dead shares and accuracy. */
    private static MemberSweep sweep(
            Activation f, IntFunction<Double> dead, IntFunction<Double> nearly, IntFunction<Double> accuracy) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < RATES.length; i++) {
            double d = dead.apply(i);
            double n = nearly.apply(i);
            points.add(new SweepPoint(
                    RATES[i],
                    new double[] {d + n, d + n},
                    3,
                    i == 24 ? 1 : 0,
                    new double[] {d, d},
                    new double[] {n, n},
                    accuracy.apply(i)));
        }
        return new MemberSweep(f, points);
    }

    @Test
    void eachMemberIsDescribedOverExactlyTheRatesWhereReluLosesATenthOfItsUnits() {
        // ReLU loses 10 % or more from point 20 on (lr 2.15 to 10): 5 rates.
        MemberSweep relu =
                sweep(HiddenActivations.byId("relu"), i -> i >= 20 ? 0.1 * (i - 19) : 0.05, i -> 0.0, i -> 0.9);
        MemberSweep leaky = sweep(HiddenActivations.byId("leaky"), i -> 0.0, i -> 0.0, i -> i >= 20 ? 0.5 : 0.99);
        MemberSweep gelu = sweep(HiddenActivations.byId("gelu"), i -> 0.0, i -> i >= 20 ? 0.01 * i : 0.9, i -> 0.7);

        String sentence = FamilySentences.atReluDeath(List.of(relu, leaky, gelu));

        assertEquals(
                "At the 5 rates where ReLU loses at least 10 % of its units (lr 2.2 to 10): ReLU 10–50 % dead,"
                        + " accuracy 90 %. Leaky ReLU (α = 0.01): 0 % dead, 0 % nearly dead, accuracy 50 %, diverged"
                        + " at one rate. GELU: 0 % dead, 20–24 % nearly dead, accuracy 70 %, diverged at one rate.",
                sentence);
    }

    @Test
    void aSweepWhereReluNeverDiesSaysSo() {
        MemberSweep relu = sweep(HiddenActivations.byId("relu"), i -> 0.09, i -> 0.0, i -> 0.9);
        MemberSweep elu = sweep(HiddenActivations.byId("elu"), i -> 0.0, i -> 0.5, i -> 0.9);
        assertEquals(
                "ReLU loses less than 10 % of its units at every rate of this sweep: there is no rate where it dies to"
                        + " compare the others at.",
                FamilySentences.atReluDeath(List.of(relu, elu)));
    }

    @Test
    void nothingIsSaidBeforeTheSweepIsComplete() {
        MemberSweep relu = sweep(HiddenActivations.byId("relu"), i -> 0.5, i -> 0.0, i -> 0.9);
        MemberSweep partial =
                new MemberSweep(HiddenActivations.byId("gelu"), relu.points().subList(0, 3));
        assertEquals("", FamilySentences.atReluDeath(List.of(relu, partial)));
    }
}
