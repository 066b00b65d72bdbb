package relulab.ui.dying;

import javafx.util.StringConverter;
import relulab.io.NumberText;

/**
 * Tick labels for an axis or slider that holds {@code log10(lr)}: position −3 reads
 * {@code 0.001}, −2 {@code 0.01}, 0 {@code 1}, 1 {@code 10} — the rate itself, not its log.
 */
final class LogRateLabels {

    private LogRateLabels() {}

    /** The rate at log position {@code position}, 3 significant digits. */
    static String label(double position) {
        return NumberText.forDisplay(Math.pow(10, position), 3);
    }

    /** For a {@code Slider}'s label formatter. */
    static StringConverter<Double> forSlider() {
        return new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return position == null ? "" : label(position);
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(NumberText.parse(s));
            }
        };
    }

    /** For a {@code NumberAxis}'s tick label formatter. */
    static StringConverter<Number> forAxis() {
        return new StringConverter<>() {
            @Override
            public String toString(Number position) {
                return position == null ? "" : label(position.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(NumberText.parse(s));
            }
        };
    }
}
