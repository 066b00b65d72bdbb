package relulab.core;

/**
 * The shape of a 3-D tensor: {@code depth} channels, each a {@code height × width} grid.
 *
 * <p>A ReLU layer never changes the shape: out, the masks and dx all have the shape of x.
 * Every dimension is at least 1; the element count must fit in an {@code int} because the
 * values live in one flat Java array.
 */
public record Shape(int depth, int height, int width) {

    public Shape {
        if (depth < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "every dimension must be at least 1, got " + describe(depth, height, width));
        }
        if ((long) depth * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "shape " + describe(depth, height, width) + " has too many elements for one array");
        }
    }

    /** Number of elements, {@code depth * height * width}. */
    public int size() {
        return depth * height * width;
    }

    /** Number of elements in one depth slice, {@code height * width}. */
    public int sliceSize() {
        return height * width;
    }

    /** Row-major flat index of element (d, r, c): {@code (d*height + r)*width + c}. */
    public int index(int d, int r, int c) {
        if (d < 0 || d >= depth || r < 0 || r >= height || c < 0 || c >= width) {
            throw new IndexOutOfBoundsException("element [" + d + "," + r + "," + c + "] is outside shape " + this);
        }
        return (d * height + r) * width + c;
    }

    /** Whether (d, r, c) lies inside this shape. */
    public boolean contains(int d, int r, int c) {
        return d >= 0 && d < depth && r >= 0 && r < height && c >= 0 && c < width;
    }

    /** Throws an exception naming both shapes unless {@code other} equals this shape. */
    public void requireSame(Shape other, String otherName) {
        if (!equals(other)) {
            throw new IllegalArgumentException(otherName + " has shape " + other + " but x has shape " + this);
        }
    }

    /** The NumPy-like form {@code (D, H, W)}. */
    @Override
    public String toString() {
        return describe(depth, height, width);
    }

    private static String describe(int depth, int height, int width) {
        return "(" + depth + ", " + height + ", " + width + ")";
    }
}
