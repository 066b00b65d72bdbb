package relulab.core;

import java.util.Arrays;

/**
 * An immutable 3-D tensor of doubles: {@code depth} slices of {@code height × width}.
 *
 * <p>The values are stored in one flat row-major array: element (d, r, c) lives at index
 * {@code (d*height + r)*width + c}. The array is copied on the way in and on the way out
 * ({@link #toArray()}), so a tensor can be handed between threads and kept in an undo
 * history without fear of it changing. Edits return a new tensor ({@link #with}).
 */
public final class Tensor3 {

    private final Shape shape;
    private final double[] values;

    private Tensor3(Shape shape, double[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** A tensor of the given shape holding a copy of {@code values} (row-major). */
    public static Tensor3 of(Shape shape, double[] values) {
        if (values.length != shape.size()) {
            throw new IllegalArgumentException(
                    "shape " + shape + " needs " + shape.size() + " values, got " + values.length);
        }
        return new Tensor3(shape, values.clone());
    }

    /** A tensor of zeros. */
    public static Tensor3 zeros(Shape shape) {
        return new Tensor3(shape, new double[shape.size()]);
    }

    /** A tensor whose element at flat index i is {@code fill.value(i)}. */
    public static Tensor3 generate(Shape shape, IndexedValue fill) {
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fill.value(i);
        }
        return new Tensor3(shape, values);
    }

    /**
     * A tensor whose values a reader writes straight into the tensor's own new array, so that
     * a 128 MiB file is not held twice. The writer must not keep the array it is given.
     */
    public static <E extends Exception> Tensor3 filledBy(Shape shape, ArrayWriter<E> writer) throws E {
        double[] values = new double[shape.size()];
        writer.write(values);
        return new Tensor3(shape, values);
    }

    /** Fills the fresh array of {@link #filledBy}; may throw the reader's own exception. */
    @FunctionalInterface
    public interface ArrayWriter<E extends Exception> {
        void write(double[] values) throws E;
    }

    /** Wraps an array the caller gives up: used by the engine for arrays it has just made. */
    static Tensor3 adopt(Shape shape, double[] values) {
        return new Tensor3(shape, values);
    }

    /** Supplies the value of a generated tensor at a flat index. */
    @FunctionalInterface
    public interface IndexedValue {
        double value(int flatIndex);
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return values.length;
    }

    /** Value at flat row-major index {@code i}. */
    public double get(int i) {
        return values[i];
    }

    /** Value at (d, r, c). */
    public double get(int d, int r, int c) {
        return values[shape.index(d, r, c)];
    }

    /** A copy of this tensor with element (d, r, c) set to {@code value}. */
    public Tensor3 with(int d, int r, int c, double value) {
        double[] copy = values.clone();
        copy[shape.index(d, r, c)] = value;
        return new Tensor3(shape, copy);
    }

    /** A copy of the values, row-major. */
    public double[] toArray() {
        return values.clone();
    }

    /** Copies the values of elements {@code [from, from + n)}, row-major, into {@code into[0, n)}. */
    public void copyTo(int from, double[] into, int n) {
        System.arraycopy(values, from, into, 0, n);
    }

    /** Copies depth slice {@code d} (row-major, {@code height*width} values) into a new array. */
    public double[] slice(int d) {
        int n = shape.sliceSize();
        return Arrays.copyOfRange(values, d * n, (d + 1) * n);
    }

    /**
     * A tensor of shape {@code newShape} that keeps every value whose (d, r, c) still fits
     * and fills the rest with {@code fill}.
     */
    public Tensor3 resized(Shape newShape, double fill) {
        double[] out = new double[newShape.size()];
        Arrays.fill(out, fill);
        int depth = Math.min(shape.depth(), newShape.depth());
        int height = Math.min(shape.height(), newShape.height());
        int width = Math.min(shape.width(), newShape.width());
        for (int d = 0; d < depth; d++) {
            for (int r = 0; r < height; r++) {
                System.arraycopy(values, shape.index(d, r, 0), out, newShape.index(d, r, 0), width);
            }
        }
        return new Tensor3(newShape, out);
    }

    /** Read-only access for the engine's kernels in this package, without a copy. */
    double[] values() {
        return values;
    }

    /** Equal when the shapes are equal and every value has the same bits (so NaN equals NaN). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor3 t && shape.equals(t.shape) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Tensor3" + shape;
    }
}
