package relulab.ui.gradzero;

import java.util.List;

/**
 * A pre-activation that float32 rounds to exactly 0 while float64 does not: the evidence that
 * x = 0 is an everyday input of a ReLU, not a measure-zero case. Both results are computed by
 * the program, in {@code float} and in {@code double} arithmetic.
 *
 * @param reason what happens, as the key of its words ({@code float32.why.<reason>} in the bundle)
 */
public record Float32Zero(String expression, String reason, float float32, double float64) {

    /** Cancellation, a weighted sum that cancels, and underflow — each computed now. */
    public static List<Float32Zero> examples() {
        float w = 0.7f;
        float x = 3f;
        return List.of(
                new Float32Zero("(0.1 + 0.2) \u2212 0.3", "cancellation", (0.1f + 0.2f) - 0.3f, (0.1 + 0.2) - 0.3),
                new Float32Zero("0.7 \u00b7 3 \u2212 2.1", "weighted-sum", w * x - 2.1f, 0.7 * 3 - 2.1),
                new Float32Zero(
                        "10\u207b\u00b2\u00b3 \u00b7 10\u207b\u00b2\u00b3",
                        "underflow",
                        1e-23f * 1e-23f,
                        1e-23 * 1e-23));
    }
}
