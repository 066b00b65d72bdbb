package relulab.core;

/**
 * 2-D cross-correlation with "same" output size, the operation a convolutional layer calls
 * convolution, for odd (point-antisymmetric) kernels such as edge detectors:
 * <pre>
 *   out[r][c] = Σ_i Σ_j k[i][j] · in[r + i − h][c + j − h]      (h = size / 2)
 *             = Σ_{half of the pairs} k[i][j] · (in[r + i − h][c + j − h] − in[r − i + h][c − j + h])
 * </pre>
 * The second form uses {@code k[−p] = −k[p]}: each weight multiplies the difference of two
 * mirrored pixels. On a flat patch every difference is exactly 0, so the response is exactly
 * 0 — not a rounding residue such as 1e−17 that ReLU would pass or zero at random.
 *
 * <p>Pixels beyond the border repeat the nearest edge pixel (replicate padding). Zero padding
 * would put a false edge all around a bright picture, and ReLU's lesson is about the real ones.
 */
public final class Correlation {

    private Correlation() {}

    /**
     * Correlates a row-major {@code height × width} image with a row-major square kernel of
     * odd side {@code size} whose weights satisfy {@code k[n − 1 − j] = −k[j]}; the result has
     * the image's size.
     */
    public static double[] sameOdd(double[] image, int height, int width, double[] kernel, int size) {
        requireOddKernel(kernel, size);
        if (height < 1 || width < 1 || image.length != height * width) {
            throw new IllegalArgumentException("an image of " + height + "\u00D7" + width + " needs " + height * width
                    + " pixels, got " + image.length);
        }
        int half = size / 2;
        int pairs = kernel.length / 2;
        double[] out = new double[image.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double sum = 0;
                for (int j = 0; j < pairs; j++) {
                    int di = j / size - half;
                    int dj = j % size - half;
                    double here = image[clamp(r + di, height) * width + clamp(c + dj, width)];
                    double mirror = image[clamp(r - di, height) * width + clamp(c - dj, width)];
                    sum += kernel[j] * (here - mirror);
                }
                out[r * width + c] = sum;
            }
        }
        return out;
    }

    private static void requireOddKernel(double[] kernel, int size) {
        if (size < 1 || size % 2 == 0 || kernel.length != size * size) {
            throw new IllegalArgumentException(
                    "a kernel must be square with an odd side, got " + kernel.length + " weights for side " + size);
        }
        for (int j = 0; j < kernel.length; j++) {
            if (kernel[kernel.length - 1 - j] != -kernel[j]) {
                throw new IllegalArgumentException("the kernel is not antisymmetric: weight " + j + " is " + kernel[j]
                        + " but its mirror is " + kernel[kernel.length - 1 - j]);
            }
        }
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }
}
