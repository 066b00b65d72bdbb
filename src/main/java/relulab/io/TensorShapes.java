package relulab.io;

import java.nio.file.Path;
import java.util.Locale;
import relulab.core.Shape;

/**
 * Maps a file's dimensions onto the engine's 3-D {@link Shape}, refusing what it cannot hold.
 *
 * <p>{@code (W) → (1, 1, W)}, {@code (H, W) → (1, H, W)}, {@code (D, H, W)} as it is, and
 * {@code (1, D, H, W) → (D, H, W)} (a batch of one, as a network's layer sees it). Refused:
 * no dimensions (a single number), more than four, a batch of more than one, a dimension of
 * size 0, and more elements than the limit — all decided from the header, before any
 * allocation.
 */
final class TensorShapes {

    private TensorShapes() {}

    /** The engine shape for file dimensions {@code dims}, or an exception naming the file. */
    static Shape check(Path file, long[] dims, long maxElements) throws TensorFileException {
        String text = TensorData.shapeText(dims);
        if (dims.length == 0) {
            throw new TensorFileException(
                    file, "0-d arrays (a single number, shape ()) are not supported;" + " expected 1 to 4 dimensions");
        }
        if (dims.length > TensorData.MAX_RANK) {
            throw new TensorFileException(
                    file,
                    "shape " + text + " has " + dims.length
                            + " dimensions; expected 1 to 4: (W), (H, W), (D, H, W) or (1, D, H, W)");
        }
        for (long d : dims) {
            if (d == 0) {
                throw new TensorFileException(
                        file, "shape " + text + " has a dimension of size 0, so the array holds no numbers");
            }
        }
        if (dims.length == TensorData.MAX_RANK && dims[0] != 1) {
            throw new TensorFileException(
                    file,
                    "shape " + text + " is a batch of " + dims[0]
                            + " tensors; a 4-D array must have a leading 1, (1, D, H, W)");
        }
        long count = 1;
        for (long d : dims) {
            count = d > Long.MAX_VALUE / count ? Long.MAX_VALUE : count * d;
        }
        long limit = Math.min(maxElements, Integer.MAX_VALUE - 8L);
        if (count > limit) {
            throw new TensorFileException(
                    file,
                    String.format(
                            Locale.ROOT, "shape %s has %,d elements, more than the limit of %,d", text, count, limit));
        }
        int n = dims.length;
        return new Shape(n >= 3 ? (int) dims[n - 3] : 1, n >= 2 ? (int) dims[n - 2] : 1, (int) dims[n - 1]);
    }
}
