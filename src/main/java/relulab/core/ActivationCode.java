package relulab.core;

import java.util.Objects;

/**
 * An activation's forward and backward pass as code a student can paste: NumPy and MATLAB/Octave
 * statements, each a few whole lines without indentation, in the form that computes what the
 * Java does, operation for operation.
 *
 * <p>The NumPy forward reads {@code x} and sets {@code out}; the NumPy backward reads {@code x}
 * and {@code dout} and sets {@code dx}; the Octave lines do the same in script form. Comments
 * inside may keep the chapter's shorter form ({@code # chapter: ...}) next to the exact one.
 *
 * <p>{@code bitExact} says whether the pasted code gives the engine's numbers bit for bit. It
 * does for activations built from comparisons and single multiplications; with {@code exp} or
 * {@code tanh} it cannot, because Java's {@code Math.exp} and NumPy's or Octave's {@code exp}
 * may round differently in the last bit, so a check allows a few units of rounding there.
 */
public record ActivationCode(
        String numpyForward, String numpyBackward, String octaveForward, String octaveBackward, boolean bitExact) {

    public ActivationCode {
        Objects.requireNonNull(numpyForward, "numpyForward");
        Objects.requireNonNull(numpyBackward, "numpyBackward");
        Objects.requireNonNull(octaveForward, "octaveForward");
        Objects.requireNonNull(octaveBackward, "octaveBackward");
    }
}
