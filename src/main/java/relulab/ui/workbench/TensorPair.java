package relulab.ui.workbench;

import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * The workbench's editable state: x and dout, always of one shape. Immutable, so the undo
 * history can keep full snapshots (a resize that drops values can be undone completely).
 */
record TensorPair(Tensor3 x, Tensor3 dout) {

    TensorPair {
        x.shape().requireSame(dout.shape(), "dout");
    }

    Shape shape() {
        return x.shape();
    }

    Tensor3 get(Target target) {
        return target == Target.X ? x : dout;
    }

    /**
     * This pair with {@code target} replaced. If the new tensor has another shape, the other
     * tensor is resized to it, keeping the values that still fit and filling the rest with 0.
     */
    TensorPair with(Target target, Tensor3 tensor) {
        Tensor3 other = get(target.other());
        if (!other.shape().equals(tensor.shape())) {
            other = other.resized(tensor.shape(), 0.0);
        }
        return both(target, tensor, other);
    }

    /** The pair with {@code tensor} as {@code target} and {@code other} as the other tensor. */
    static TensorPair both(Target target, Tensor3 tensor, Tensor3 other) {
        return target == Target.X ? new TensorPair(tensor, other) : new TensorPair(other, tensor);
    }

    /** Both tensors resized to {@code shape}, keeping what fits and filling new cells with 0. */
    TensorPair resized(Shape shape) {
        return resized(shape, NewCells.ZEROS, 0);
    }

    /**
     * Both tensors resized to {@code shape}, keeping what fits; new cells filled by {@code fill}
     * (x with the seed, dout with the seed + 1, so the two differ).
     */
    TensorPair resized(Shape shape, NewCells fill, long seed) {
        return new TensorPair(fill.resize(x, shape, seed), fill.resize(dout, shape, seed + 1));
    }
}
