package relulab.io.paste;

import java.util.Arrays;
import java.util.Objects;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * A block of numbers read from the clipboard: {@code depth} slices of {@code rows × cols},
 * stored row-major like {@link Tensor3}: element (d, r, c) is {@code values[(d*rows + r)*cols + c]}.
 *
 * <p>The array is copied on the way in and on the way out, so a block never changes.
 */
public record PastedBlock(int depth, int rows, int cols, double[] values) {

    public PastedBlock {
        Objects.requireNonNull(values, "values");
        if (depth < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a pasted block needs at least one value in every "
                    + "dimension, got depth " + depth + ", " + rows + " rows, " + cols + " columns");
        }
        long size = (long) depth * rows * cols;
        if (size != values.length) {
            throw new IllegalArgumentException("a block of depth " + depth + ", " + rows + " rows and " + cols
                    + " columns needs " + size + " values, got " + values.length);
        }
        values = values.clone();
    }

    /** A copy of the values, row-major. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Number of values, {@code depth * rows * cols}. */
    public int size() {
        return values.length;
    }

    /** Value at (d, r, c). */
    public double get(int d, int r, int c) {
        return values[shape().index(d, r, c)];
    }

    /** The block's shape as a tensor shape {@code (depth, rows, cols)}. */
    public Shape shape() {
        return new Shape(depth, rows, cols);
    }

    /** The block as a tensor of shape {@code (depth, rows, cols)}. */
    public Tensor3 toTensor() {
        return Tensor3.of(shape(), values);
    }

    /**
     * The shape a tensor of shape {@code target} has after {@link #placeInto} at (d, r, c):
     * each dimension grows, if needed, to {@code anchor + block size}. A view can check it
     * against its limits before pasting.
     */
    public Shape shapeAfterPlacing(Shape target, int d, int r, int c) {
        if (!target.contains(d, r, c)) {
            throw new IndexOutOfBoundsException(
                    "the paste position [" + d + "," + r + "," + c + "] is outside shape " + target);
        }
        return new Shape(
                Math.max(target.depth(), d + depth),
                Math.max(target.height(), r + rows),
                Math.max(target.width(), c + cols));
    }

    /**
     * {@code target} with this block written in from element (d, r, c) on, the way a
     * spreadsheet pastes at the selected cell: block element (i, j, k) lands at
     * (d + i, r + j, c + k). Where the block reaches beyond the target, the tensor grows to hold
     * it ({@link #shapeAfterPlacing}) and the new cells outside the block are 0; every other
     * value of target is kept.
     */
    public Tensor3 placeInto(Tensor3 target, int d, int r, int c) {
        Shape shape = shapeAfterPlacing(target.shape(), d, r, c);
        double[] out = target.resized(shape, 0.0).toArray();
        for (int i = 0; i < depth; i++) {
            for (int j = 0; j < rows; j++) {
                System.arraycopy(values, (i * rows + j) * cols, out, shape.index(d + i, r + j, c), cols);
            }
        }
        return Tensor3.of(shape, out);
    }

    /**
     * How the block is named in an undo label or a message: {@code 3×4} for one slice,
     * {@code 2×3×4} for several.
     */
    public String describeSize() {
        return (depth == 1 ? "" : depth + "\u00D7") + rows + "\u00D7" + cols;
    }

    /** Equal when the sizes match and every value has the same bits (so NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PastedBlock b
                && depth == b.depth
                && rows == b.rows
                && cols == b.cols
                && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(depth, rows, cols) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PastedBlock[" + describeSize() + "]";
    }
}
