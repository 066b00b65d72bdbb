package relulab.ui.gradcheck;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import relulab.core.Activation;
import relulab.core.GradientAtZero;
import relulab.io.NumberText;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The gradient check panel's state: the step h (chosen as a power of ten), the filter, the data
 * checked — the lesson's own {@link KinkExample} (where h visibly matters) or the workbench's x
 * and dout — and the check of that data with the state's activation, recomputed whenever the
 * snapshot ({@link #show}: tensors, activation or ReLU'(0)), the data or h change.
 *
 * <p>The check is a handful of passes over the tensor (microseconds per thousand cells), so it
 * runs where the change happens; the table reads rows on demand from the result.
 */
public final class GradientCheckViewModel {

    /** The step slider's range, as powers of ten. */
    public static final double MIN_LOG_STEP = -7;

    public static final double MAX_LOG_STEP = -1;
    /** h = 1e-5 by default, as in the cs231n assignments. */
    public static final double DEFAULT_LOG_STEP = -5;

    private final LabState state;
    private final ReadOnlyObjectWrapper<LabSnapshot> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final DoubleProperty logStep = new SimpleDoubleProperty(this, "logStep", DEFAULT_LOG_STEP);
    private final BooleanProperty onlyKinkCells = new SimpleBooleanProperty(this, "onlyKinkCells");
    private final BooleanProperty workbenchData = new SimpleBooleanProperty(this, "workbenchData");
    private final ReadOnlyObjectWrapper<GradientCheckResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<ObservableList<GradientCheckRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why");
    private final ReadOnlyBooleanWrapper choiceAtZero = new ReadOnlyBooleanWrapper(this, "choiceAtZero");

    public GradientCheckViewModel(LabState state) {
        this.state = state;
        shown.set(state.snapshot());
        result.bind(Bindings.createObjectBinding(
                () -> workbenchData.get()
                        ? new GradientCheckResult(
                                shown.get().x(),
                                shown.get().dout(),
                                step(),
                                shown.get().activation())
                        : new GradientCheckResult(
                                KinkExample.x(),
                                KinkExample.dout(),
                                step(),
                                shown.get().activation()),
                shown,
                logStep,
                workbenchData));
        rows.bind(Bindings.createObjectBinding(
                () -> FXCollections.observableList(
                        onlyKinkCells.get()
                                ? result.get().kinkRows()
                                : result.get().rows()),
                result,
                onlyKinkCells));
        summary.bind(Bindings.createStringBinding(() -> describe(result.get()), result));
        stepText.bind(Bindings.createStringBinding(
                () -> Messages.of(GradientCheckViewModel.class).format("step.value", powerOfTen(logStep.get())),
                logStep));
        why.bind(Bindings.createStringBinding(() -> whyNearZero(shown.get().activation(), result.get()), result));
        choiceAtZero.bind(
                Bindings.createBooleanBinding(() -> shown.get().activation().hasChoiceAtZero(), shown));
    }

    /** Checks the tensors of {@code snapshot} from now on. */
    public void show(LabSnapshot snapshot) {
        shown.set(snapshot);
    }

    /** log10 of the step h. */
    public DoubleProperty logStepProperty() {
        return logStep;
    }

    /** The step h = 10^logStep. */
    public double step() {
        return Math.pow(10, logStep.get());
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** Check the workbench's x and dout instead of the lesson's own example (false by default). */
    public BooleanProperty workbenchDataProperty() {
        return workbenchData;
    }

    /** Show only the cells within h of the kink. */
    public BooleanProperty onlyKinkCellsProperty() {
        return onlyKinkCells;
    }

    /** Whether the state's activation has a choice at 0 (ReLU'(0)), so that its switch means something. */
    public ReadOnlyBooleanProperty choiceAtZeroProperty() {
        return choiceAtZero.getReadOnlyProperty();
    }

    /** Why the cells near the kink fail the check, or that the activation has no kink. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** The shared choice of ReLU'(0), which the analytic gradient follows. */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return state.gradientAtZeroProperty();
    }

    public GradientCheckResult result() {
        return result.get();
    }

    /** The rows the table shows: all cells, or only those near the kink. */
    public ReadOnlyObjectProperty<ObservableList<GradientCheckRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The verdict in one or two sentences. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * {@code 10^exponent} in the slider's notation: "1e−7" at whole decades, "3.2e−7" between.
     */
    static String powerOfTen(double exponent) {
        long decade = (long) Math.floor(exponent + 1e-9);
        String mantissa = NumberText.forDisplay(Math.pow(10, exponent - decade), 2);
        return (mantissa.equals("1") ? "1" : mantissa) + "e"
                + Long.toString(decade).replace('-', NumberText.MINUS);
    }

    private static String describe(GradientCheckResult r) {
        Messages messages = Messages.of(GradientCheckViewModel.class);
        String verdict =
                (r.hasKink() ? "summary." : "summary.smooth.") + (r.agreesAwayFromKink() ? "agree" : "disagree");
        String away = r.cellsAwayFromKink() == 0
                ? messages.get("summary.none-away")
                : messages.format(
                        verdict,
                        r.cellsAwayFromKink(),
                        NumberText.forDisplay(r.maxErrorAwayFromKink(), 2),
                        powerOfTen(Math.log10(GradientCheckResult.AGREEMENT_TOLERANCE)));
        String kink = r.hasKink() ? messages.format("summary.kink", r.kinkCells()) : "";
        String skipped = r.uncheckableCells() == 0 ? "" : messages.format("summary.skipped", r.uncheckableCells());
        String unresolved = r.unresolvedCells() == 0 ? "" : messages.format("summary.unresolved", r.unresolvedCells());
        return away + kink + skipped + unresolved;
    }

    /**
     * Why the cells near the kink are flagged, with the activation's slopes on both sides, then
     * what happens at x = 0 itself: no derivative, any value between the two slopes times dout is
     * a subgradient, so the estimate (their mean) and the analytic dx (the chosen slope at 0)
     * agree when the choice is the mean and otherwise differ with neither wrong. An activation's
     * own sentences ({@code why.kink.<id>}, {@code why.zero.agree.<id>}, {@code why.zero.differ.<id>}) win where the bundle has
     * them; an activation without a kink is said to have none.
     */
    private static String whyNearZero(Activation f, GradientCheckResult r) {
        Messages messages = Messages.of(GradientCheckViewModel.class);
        if (!r.hasKink()) {
            return messages.format("why.smooth", ActivationWords.name(f));
        }
        double mean = (r.leftSlope() + r.rightSlope()) / 2;
        double atZero = f.backward(0.0, 1.0);
        Object[] args = {
            ActivationWords.name(f), slope(r.leftSlope()), slope(r.rightSlope()), slope(mean), slope(atZero)
        };
        String zero = "why.zero" + (atZero == mean ? ".agree" : ".differ");
        return messages.format(own(messages, "why.kink", f), args) + " "
                + messages.format(own(messages, zero, f), args);
    }

    /** {@code key.<id>} where the bundle has the activation's own sentence, else {@code key}. */
    private static String own(Messages messages, String key, Activation f) {
        String own = key + "." + f.id();
        return messages.has(own) ? own : key;
    }

    private static String slope(double v) {
        return NumberText.forDisplay(v, 4);
    }
}
