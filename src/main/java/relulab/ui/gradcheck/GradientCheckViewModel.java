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
 * The gradient check panel's state: the step h (chosen as a power of ten), the filter, and the
 * check of the shown x and dout with the state's activation, recomputed whenever the snapshot
 * ({@link #show}: tensors, activation or ReLU'(0)) or h change.
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
        result.bind(Bindings.createObjectBinding(() -> new GradientCheckResult(
                        shown.get().x(), shown.get().dout(), step(), shown.get().activation()),
                shown, logStep));
        rows.bind(Bindings.createObjectBinding(() -> FXCollections.observableList(
                onlyKinkCells.get() ? result.get().kinkRows() : result.get().rows()),
                result, onlyKinkCells));
        summary.bind(Bindings.createStringBinding(() -> describe(result.get()), result));
        stepText.bind(Bindings.createStringBinding(
                () -> Messages.of(GradientCheckViewModel.class).format("step.value", powerOfTen(logStep.get())), logStep));
        why.bind(Bindings.createStringBinding(() -> whyNearZero(shown.get().activation(), result.get()), result));
        choiceAtZero.bind(Bindings.createBooleanBinding(() -> shown.get().activation().hasChoiceAtZero(), shown));
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
        return (mantissa.equals("1") ? "1" : mantissa) + "e" + Long.toString(decade).replace('-', NumberText.MINUS);
    }

    private static String describe(GradientCheckResult r) {
        Messages messages = Messages.of(GradientCheckViewModel.class);
        String verdict = (r.hasKink() ? "summary." : "summary.smooth.") + (r.agreesAwayFromKink() ? "agree" : "disagree");
        String away = r.cellsAwayFromKink() == 0
                ? messages.get("summary.none-away")
                : messages.format(verdict, r.cellsAwayFromKink(), NumberText.forDisplay(r.maxErrorAwayFromKink(), 2),
                        powerOfTen(Math.log10(GradientCheckResult.AGREEMENT_TOLERANCE)));
        String kink = r.hasKink() ? messages.format("summary.kink", r.kinkCells()) : "";
        String skipped = r.uncheckableCells() == 0 ? "" : messages.format("summary.skipped", r.uncheckableCells());
        return away + kink + skipped;
    }

    /**
     * Why the cells near the kink fail, with the activation's slopes on both sides: its own
     * sentence ({@code why.kink.<id>}) if the bundle has one; for an activation without a kink,
     * that it has none.
     */
    private static String whyNearZero(Activation f, GradientCheckResult r) {
        Messages messages = Messages.of(GradientCheckViewModel.class);
        if (!r.hasKink()) {
            return messages.format("why.smooth", ActivationWords.name(f));
        }
        String own = "why.kink." + f.id();
        return messages.format(messages.has(own) ? own : "why.kink", ActivationWords.name(f),
                slope(r.leftSlope()), slope(r.rightSlope()), slope((r.leftSlope() + r.rightSlope()) / 2));
    }

    private static String slope(double v) {
        return NumberText.forDisplay(v, 4);
    }
}
