package relulab.ui.shared.grid;

import java.util.function.IntPredicate;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * How a tensor too large for a picture's room is still drawn whole: a row longer than the room
 * (a 1-D input of millions of values) is wrapped into lines of {@code wrap} cells, so it reads
 * as a block rather than a one-pixel line; and when even one-pixel cells of every slice do not
 * fit, every {@code stride}-th row and column is drawn, a cell standing for a {@code stride ×
 * stride} block. Slices are never dropped.
 *
 * @param shape  the tensor's shape
 * @param wrap   cells per line of a wrapped row, or 0 when rows are not wrapped
 * @param stride 1, or the step between the rows and columns drawn
 * @param drawn  the shape drawn: the wrapped, sampled slices
 */
public record PictureTiling(Shape shape, int wrap, int stride, Shape drawn) {

    /** The tiling of {@code shape} that fits a {@code width} × {@code height} room (as {@link MosaicLayout#whole}). */
    public static PictureTiling of(Shape shape, double width, double height, int gap, int caption) {
        int wrap = 0;
        Shape lines = shape;
        if (shape.height() == 1 && shape.width() > width) {
            wrap = (int) Math.min(shape.width(), Math.ceil(Math.sqrt(shape.width() * width / Math.max(1, height))));
            lines = new Shape(shape.depth(), (shape.width() + wrap - 1) / wrap, wrap);
        }
        int longest = Math.max(lines.height(), lines.width());
        int stride = 1;
        while (stride < longest && !fits(sampled(lines, stride), width, height, gap, caption)) {
            stride++;
        }
        return new PictureTiling(shape, wrap, stride, sampled(lines, stride));
    }

    private static Shape sampled(Shape lines, int stride) {
        return new Shape(lines.depth(), (lines.height() + stride - 1) / stride, (lines.width() + stride - 1) / stride);
    }

    private static boolean fits(Shape shape, double width, double height, int gap, int caption) {
        MosaicLayout layout = MosaicLayout.whole(shape, width, height, gap, caption, MosaicLayout.MAX_FIT_CELL);
        return layout.contentWidth() <= width && layout.contentHeight() <= height;
    }

    /** Whether the picture shows every cell where it is in the tensor. */
    public boolean identity() {
        return wrap == 0 && stride == 1;
    }

    /** The flat index in the tensor of drawn cell {@code i}, or −1 for the padding after a wrapped row's end. */
    public int source(int i) {
        int c = i % drawn.width();
        int r = (i / drawn.width()) % drawn.height();
        int d = i / (drawn.width() * drawn.height());
        if (wrap == 0) {
            return shape.index(d, r * stride, c * stride);
        }
        int position = (r * stride) * wrap + c * stride;
        return position < shape.width() ? shape.index(d, 0, position) : -1;
    }

    /** The cells of {@code t} (of {@link #shape}) as drawn; padding cells are NaN, and {@link #padding} hides them. */
    public Tensor3 apply(Tensor3 t) {
        if (identity()) {
            return t;
        }
        return Tensor3.generate(drawn, i -> {
            int from = source(i);
            return from < 0 ? Double.NaN : t.get(from);
        });
    }

    /** The drawn cells that stand for no cell of the tensor, or null when there are none. */
    public IntPredicate padding() {
        return wrap == 0 ? null : i -> source(i) < 0;
    }
}
