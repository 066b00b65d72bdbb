package relulab.ui.gradzero;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;
import relulab.io.NumberText;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The ReLU'(0) panel's state: the shared choice, and what it does to the current tensors —
 * how many cells of x are exactly 0, and at how many of them dx depends on the choice
 * (x = 0 and dout ≠ 0).
 */
public final class GradientAtZeroViewModel {

    private final LabState state;
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect");

    public GradientAtZeroViewModel(LabState state) {
        this.state = state;
        show(state.snapshot());
    }

    /** Describes the choice's effect on the tensors of {@code snapshot}. */
    public void show(LabSnapshot snapshot) {
        effect.set(describeEffect(snapshot));
    }

    /** The shared choice of ReLU'(0). */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return state.gradientAtZeroProperty();
    }

    /** One sentence on how many of the current cells the choice changes. */
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    /** Cells where x is exactly 0 (either sign of zero). */
    public static int zeroCells(Tensor3 x) {
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) == 0) {
                n++;
            }
        }
        return n;
    }

    /** Cells where the three conventions give different dx: x exactly 0 and dout not 0. */
    public static int cellsTheChoiceChanges(Tensor3 x, Tensor3 dout) {
        int n = 0;
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) == 0 && dout.get(i) != 0) {
                n++;
            }
        }
        return n;
    }

    private static String describeEffect(LabSnapshot snapshot) {
        Tensor3 x = snapshot.x();
        int zeros = zeroCells(x);
        int changed = cellsTheChoiceChanges(x, snapshot.dout());
        GradientAtZero atZero = snapshot.gradientAtZero();
        String verdict = changed == 0
                ? "so here the choice changes no value of dx."
                : "so at " + changed + (changed == 1 ? " cell" : " cells") + " dx is "
                        + (atZero == GradientAtZero.ZERO ? "0" : atZero.label() + " \u00d7 dout")
                        + " with ReLU\u2032(0) = " + atZero.label() + ".";
        if (zeros == 0) {
            return "In the current x, none of the " + x.size() + " cells is exactly 0, " + verdict;
        }
        return "In the current x, " + zeros + " of " + x.size() + (zeros == 1 ? " cells is" : " cells are")
                + " exactly 0 (" + NumberText.forDisplay(100.0 * zeros / x.size(), 3) + " %) and "
                + changed + " of them " + (changed == 1 ? "has" : "have") + " dout \u2260 0, " + verdict;
    }
}
