package relulab.ui.shared.grid;

import relulab.core.Shape;

/**
 * One element of a 3-D tensor: depth slice {@code d}, row {@code r}, column {@code c}.
 * The same index names the same element in all five grids of the workbench.
 */
public record CellIndex(int d, int r, int c) {

    public CellIndex {
        if (d < 0 || r < 0 || c < 0) {
            throw new IllegalArgumentException("cell indices cannot be negative: " + d + "," + r + "," + c);
        }
    }

    /** This cell moved by (dr, dc) within its slice, kept inside {@code shape}. */
    public CellIndex moved(int dr, int dc, Shape shape) {
        int row = Math.max(0, Math.min(shape.height() - 1, r + dr));
        int col = Math.max(0, Math.min(shape.width() - 1, c + dc));
        return new CellIndex(Math.min(d, shape.depth() - 1), row, col);
    }

    /** The nearest cell inside {@code shape}: used when a resize leaves this one outside. */
    public CellIndex clampedTo(Shape shape) {
        return new CellIndex(
                Math.min(d, shape.depth() - 1), Math.min(r, shape.height() - 1), Math.min(c, shape.width() - 1));
    }

    /** NumPy's way to name it: {@code [d,r,c]}. */
    @Override
    public String toString() {
        return "[" + d + "," + r + "," + c + "]";
    }
}
