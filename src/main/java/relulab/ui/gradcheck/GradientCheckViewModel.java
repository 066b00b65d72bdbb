package relulab.ui.gradcheck;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import relulab.core.GradientAtZero;
import relulab.io.NumberText;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The gradient check panel's state: the step h (chosen as a power of ten), the filter, and the
 * check of the shown x and dout, recomputed whenever the snapshot ({@link #show}), h or
 * ReLU'(0) change.
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

    public GradientCheckViewModel(LabState state) {
        this.state = state;
        shown.set(state.snapshot());
        result.bind(Bindings.createObjectBinding(() -> new GradientCheckResult(
                        shown.get().x(), shown.get().dout(), step(), shown.get().gradientAtZero()),
                shown, logStep));
        rows.bind(Bindings.createObjectBinding(() -> FXCollections.observableList(
                onlyKinkCells.get() ? result.get().kinkRows() : result.get().rows()),
                result, onlyKinkCells));
        summary.bind(Bindings.createStringBinding(() -> describe(result.get()), result));
        stepText.bind(Bindings.createStringBinding(() -> "h = " + powerOfTen(logStep.get()), logStep));
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

    /** The shared choice of ReLU'(0), which the analytic gradient follows. */
    public ObjectProperty<GradientAtZero> gradientAtZeroProperty() {
        return state.gradientAtZeroProperty();
    }

    public ReadOnlyObjectProperty<GradientCheckResult> resultProperty() {
        return result.getReadOnlyProperty();
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
        String away = r.cellsAwayFromKink() == 0
                ? "No cell lies farther than h from 0."
                : "Away from the kink: " + cells(r.cellsAwayFromKink()) + ", largest relative error "
                        + NumberText.forDisplay(r.maxErrorAwayFromKink(), 2)
                        + (r.agreesAwayFromKink()
                                ? " \u2014 numeric and analytic agree (below "
                                : " \u2014 they DISAGREE (not below ")
                        + powerOfTen(Math.log10(GradientCheckResult.AGREEMENT_TOLERANCE)) + ").";
        String kink = " Within h of the kink (|x| < h): " + cells(r.kinkCells()) + ", marked \u26a0.";
        String skipped = r.uncheckableCells() == 0 ? ""
                : " Not checked: " + cells(r.uncheckableCells()) + " where x or dout is NaN or \u00b1\u221e.";
        return away + kink + skipped;
    }

    private static String cells(int n) {
        return n + (n == 1 ? " cell" : " cells");
    }
}
