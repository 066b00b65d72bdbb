package relulab.io;

import java.nio.file.Path;
import java.util.Locale;
import relulab.core.Shape;
import relulab.core.text.Reason;

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
            throw new TensorFileException(file, why("shape.scalar"));
        }
        if (dims.length > TensorData.MAX_RANK) {
            throw new TensorFileException(file, why("shape.rank", text, String.valueOf(dims.length)));
        }
        for (long d : dims) {
            if (d == 0) {
                throw new TensorFileException(file, why("shape.zero", text));
            }
        }
        if (dims.length == TensorData.MAX_RANK && dims[0] != 1) {
            throw new TensorFileException(file, why("shape.batch", text, String.valueOf(dims[0])));
        }
        long count = 1;
        for (long d : dims) {
            count = d > Long.MAX_VALUE / count ? Long.MAX_VALUE : count * d;
        }
        long limit = Math.min(maxElements, Integer.MAX_VALUE - 8L);
        if (count > limit) {
            throw new TensorFileException(
                    file,
                    why(
                            "shape.tooMany",
                            text,
                            String.format(Locale.ROOT, "%,d", count),
                            String.format(Locale.ROOT, "%,d", limit)));
        }
        int n = dims.length;
        return new Shape(n >= 3 ? (int) dims[n - 3] : 1, n >= 2 ? (int) dims[n - 2] : 1, (int) dims[n - 1]);
    }

    private static Reason why(String key, Object... args) {
        return Reason.of(TensorShapes.class, key, args);
    }
}
