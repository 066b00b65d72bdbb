package relulab.ui.gradzero;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Tensor3;
import relulab.io.NumberText;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The ReLU'(0) panel's state: the shared choice, the ReLU it applies to, and what it does to the
 * current tensors — how many cells of x are exactly 0, and at how many of them dx depends on the
 * choice (x = 0 and dout ≠ 0).
 *
 * <p>The lesson is about ReLU's kink. The ReLU shown is the state's activation when that has a
 * choice at 0, else ReLU from the catalogue with the shared choice; then {@link #otherActivationProperty()}
 * says in a line that the layer is another activation now.
 */
public final class GradientAtZeroViewModel {

    private final LabState state;
    private final ReadOnlyObjectWrapper<Activation> relu = new ReadOnlyObjectWrapper<>(this, "relu");
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper(this, "effect");
    private final ReadOnlyStringWrapper otherActivation = new ReadOnlyStringWrapper(this, "otherActivation");

    public GradientAtZeroViewModel(LabState state) {
        this.state = state;
        show(state.snapshot());
    }

    /** Describes the choice's effect on the tensors of {@code snapshot}. */
    public void show(LabSnapshot snapshot) {
        Activation layer = snapshot.activation();
        relu.set(
                layer.hasChoiceAtZero()
                        ? layer
                        : Activations.parse("relu").withGradientAtZero(snapshot.gradientAtZero()));
        effect.set(describeEffect(snapshot));
        otherActivation.set(
                layer.hasChoiceAtZero()
                        ? ""
                        : Messages.of(GradientAtZeroViewModel.class)
                                .format("other-activation", ActivationWords.name(layer)));
    }

    /** The shared choice of ReLU'(0). */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return state.gradientAtZeroProperty();
    }

    /** ReLU with the shared choice at 0: the function the plot draws. */
    public ReadOnlyObjectProperty<Activation> reluProperty() {
        return relu.getReadOnlyProperty();
    }

    /** One sentence on how many of the current cells the choice changes. */
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    /** A line saying that the layer's activation is not ReLU now; empty when it is. */
    public ReadOnlyStringProperty otherActivationProperty() {
        return otherActivation.getReadOnlyProperty();
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
        Messages messages = Messages.of(GradientAtZeroViewModel.class);
        Tensor3 x = snapshot.x();
        int zeros = zeroCells(x);
        int changed = cellsTheChoiceChanges(x, snapshot.dout());
        GradientAtZero atZero = snapshot.gradientAtZero();
        String verdict = changed == 0
                ? messages.get("effect.unchanged")
                : messages.format(
                        atZero == GradientAtZero.ZERO ? "effect.zero" : "effect.scaled", changed, atZero.label());
        return messages.format(
                zeros == 0 ? "effect.none" : "effect.some",
                zeros,
                x.size(),
                NumberText.forDisplay(100.0 * zeros / x.size(), 3),
                changed,
                verdict);
    }
}
