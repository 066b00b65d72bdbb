package relulab.ui.dying;

import java.util.function.IntSupplier;
import javafx.util.StringConverter;

/**
 * Tick labels for the log-scaled step axis: position p reads as the step shown there,
 * {@code round((S + 1)^p − 1)} of a run of S steps ({@link RateScale#stepAt}).
 */
final class StepAxisLabels extends StringConverter<Number> {

    private final IntSupplier steps;

    StepAxisLabels(IntSupplier steps) {
        this.steps = steps;
    }

    @Override
    public String toString(Number position) {
        return position == null ? "" : Integer.toString(RateScale.stepAt(position.doubleValue(), steps.getAsInt()));
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
