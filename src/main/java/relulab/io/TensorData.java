package relulab.io;

import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * A tensor as a file holds it: the values, the element type they were stored in, and the
 * file's number of dimensions.
 *
 * <p>The engine works on 3-D tensors only; a file's rank maps onto them as
 * {@code (W) → (1, 1, W)}, {@code (H, W) → (1, H, W)}, {@code (D, H, W)} unchanged and
 * {@code (1, D, H, W) → (D, H, W)}. Keeping the rank lets a 2-D input give 2-D outputs.
 *
 * @param tensor the values, as a 3-D tensor
 * @param dtype  the element type in the file (and for files written from this data)
 * @param rank   the number of dimensions in the file, 1 to 4
 */
public record TensorData(Tensor3 tensor, DType dtype, int rank) {

    /** The smallest and largest number of dimensions a tensor file may have. */
    public static final int MIN_RANK = 1;

    public static final int MAX_RANK = 4;

    public TensorData {
        if (tensor == null || dtype == null) {
            throw new IllegalArgumentException("tensor and dtype are required");
        }
        if (rank < MIN_RANK || rank > MAX_RANK) {
            throw new IllegalArgumentException("rank must be 1 to 4, got " + rank);
        }
        Shape s = tensor.shape();
        if ((rank == 1 && (s.depth() != 1 || s.height() != 1)) || (rank == 2 && s.depth() != 1)) {
            throw new IllegalArgumentException("a tensor of shape " + s + " cannot be written with " + rank
                    + " dimension" + (rank == 1 ? "" : "s"));
        }
    }

    /** A float64 tensor of rank 3, as the program makes them. */
    public static TensorData of(Tensor3 tensor) {
        return new TensorData(tensor, DType.FLOAT64, 3);
    }

    /** The file's dimensions, outermost first: e.g. {@code [H, W]} for rank 2. */
    public int[] dims() {
        return dims(tensor.shape(), rank);
    }

    /** The dimensions, outermost first, that a file of rank {@code rank} gives to a tensor of shape {@code s}. */
    static int[] dims(Shape s, int rank) {
        return switch (rank) {
            case 1 -> new int[] {s.width()};
            case 2 -> new int[] {s.height(), s.width()};
            case 3 -> new int[] {s.depth(), s.height(), s.width()};
            default -> new int[] {1, s.depth(), s.height(), s.width()};
        };
    }

    /** The file's shape as NumPy prints it: {@code (5,)}, {@code (3, 4)}, {@code (1, 2, 3, 4)}. */
    public String shapeText() {
        return shapeText(dims());
    }

    /** NumPy's tuple notation for a list of dimensions. */
    static String shapeText(long... dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    static String shapeText(int[] dims) {
        long[] l = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            l[i] = dims[i];
        }
        return shapeText(l);
    }
}
