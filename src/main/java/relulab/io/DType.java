package relulab.io;

import java.nio.ByteBuffer;

/**
 * The element types a tensor file can hold, with their NumPy type codes.
 *
 * <p>Inside the program every value is a {@code double}; the dtype only says how the values
 * were stored and how they are stored again on the way out (float32 in, float32 out). A
 * NumPy {@code descr} is a byte-order mark ({@code <} little, {@code >} big, {@code =} native,
 * {@code |} not applicable) followed by a kind letter and the item size, e.g. {@code <f8}.
 */
public enum DType {
    /** IEEE double, NumPy {@code f8}: the program's own type. */
    FLOAT64("f8", 8, "float64"),
    /** IEEE single, NumPy {@code f4}: widened exactly to double on reading. */
    FLOAT32("f4", 4, "float32"),
    /** Signed 32-bit integer, NumPy {@code i4}. */
    INT32("i4", 4, "int32"),
    /** Signed 64-bit integer, NumPy {@code i8}; values beyond 2^53 lose their last digits as doubles. */
    INT64("i8", 8, "int64"),
    /** Unsigned byte, NumPy {@code u1} (e.g. an 8-bit image). */
    UINT8("u1", 1, "uint8"),
    /** Boolean, NumPy {@code b1}: one byte, 0 or 1; read as 0.0 and 1.0. */
    BOOL("b1", 1, "bool");

    private final String code;
    private final int itemSize;
    private final String numpyName;

    DType(String code, int itemSize, String numpyName) {
        this.code = code;
        this.itemSize = itemSize;
        this.numpyName = numpyName;
    }

    /** Bytes per element in a file. */
    public int itemSize() {
        return itemSize;
    }

    /** The kind letter and size without byte order, e.g. {@code f8}. */
    public String code() {
        return code;
    }

    /** The NumPy name, e.g. {@code float32}, as shown to users. */
    public String numpyName() {
        return numpyName;
    }

    /** The little-endian descr this program writes: {@code <f8}, or {@code |u1} for one-byte types. */
    public String descr() {
        return (itemSize == 1 ? "|" : "<") + code;
    }

    /** The dtype with exactly this kind letter and size (e.g. {@code f4}; case matters, as in NumPy), or null. */
    static DType ofCode(String code) {
        for (DType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Arrays of one chunk's elements as ints, longs and bytes, so that conversions run over
     * plain arrays and the buffers move whole chunks at a time: a buffer's per-element get and
     * put cost many times a memory access until the JIT has compiled them, which a command
     * that runs for half a second never waits for.
     */
    static final class Scratch {
        final int[] ints;
        final long[] longs;
        final byte[] bytes;

        Scratch(DType type, int elements) {
            ints = type == FLOAT32 || type == INT32 ? new int[elements] : null;
            longs = type == INT64 ? new long[elements] : null;
            bytes = type.itemSize == 1 ? new byte[elements] : null;
        }
    }

    /**
     * Decodes {@code n} elements from the buffer's position (in the buffer's byte order) into
     * {@code into[off, off + n)}, advancing the position. float64 is one bulk copy; float32 is
     * widened exactly, NaN payloads included (see {@link #widen}).
     */
    void decode(ByteBuffer in, double[] into, int off, int n, Scratch scratch) {
        switch (this) {
            case FLOAT64 -> in.asDoubleBuffer().get(into, off, n);
            case FLOAT32 -> {
                in.asIntBuffer().get(scratch.ints, 0, n);
                for (int k = 0; k < n; k++) {
                    into[off + k] = widen(scratch.ints[k]);
                }
            }
            case INT32 -> {
                in.asIntBuffer().get(scratch.ints, 0, n);
                for (int k = 0; k < n; k++) {
                    into[off + k] = scratch.ints[k];
                }
            }
            case INT64 -> {
                in.asLongBuffer().get(scratch.longs, 0, n);
                for (int k = 0; k < n; k++) {
                    into[off + k] = scratch.longs[k];
                }
            }
            case UINT8 -> {
                in.duplicate().get(scratch.bytes, 0, n);
                for (int k = 0; k < n; k++) {
                    into[off + k] = scratch.bytes[k] & 0xFF;
                }
            }
            // NumPy treats any non-zero byte of a bool array as True.
            case BOOL -> {
                in.duplicate().get(scratch.bytes, 0, n);
                for (int k = 0; k < n; k++) {
                    into[off + k] = scratch.bytes[k] == 0 ? 0.0 : 1.0;
                }
            }
        }
        in.position(in.position() + n * itemSize);
    }

    /**
     * Encodes {@code from[0, n)} at the buffer's position, advancing it, and returns -1; or
     * returns the index of the first value this type cannot hold exactly (integer types take
     * only whole numbers in their range), having written nothing of the chunk. A bool is true
     * for every value but ±0, as NumPy's {@code astype(bool)} does (so NaN is true).
     */
    int encode(double[] from, int n, ByteBuffer out, Scratch scratch) {
        switch (this) {
            case FLOAT64 -> out.asDoubleBuffer().put(from, 0, n);
            case FLOAT32 -> {
                for (int k = 0; k < n; k++) {
                    scratch.ints[k] = narrow(from[k]);
                }
                out.asIntBuffer().put(scratch.ints, 0, n);
            }
            case BOOL -> {
                for (int k = 0; k < n; k++) {
                    long magnitude = Double.doubleToRawLongBits(from[k]) & Long.MAX_VALUE;
                    // Without a jump: the sign bit of (m | -m) is set exactly when m is not 0.
                    scratch.bytes[k] = (byte) ((magnitude | -magnitude) >>> 63);
                }
                out.duplicate().put(scratch.bytes, 0, n);
            }
            default -> {
                for (int k = 0; k < n; k++) {
                    double v = from[k];
                    if (v != Math.rint(v) || v < minValue() || v > maxValue()) {
                        return k;
                    }
                }
                for (int k = 0; k < n; k++) {
                    switch (this) {
                        case INT32 -> scratch.ints[k] = (int) from[k];
                        case INT64 -> scratch.longs[k] = (long) from[k];
                        default -> scratch.bytes[k] = (byte) (int) from[k];
                    }
                }
                switch (this) {
                    case INT32 -> out.asIntBuffer().put(scratch.ints, 0, n);
                    case INT64 -> out.asLongBuffer().put(scratch.longs, 0, n);
                    default -> out.duplicate().put(scratch.bytes, 0, n);
                }
            }
        }
        out.position(out.position() + n * itemSize);
        return -1;
    }

    /**
     * The float32 with raw bits {@code bits} as a double. Java's {@code (double) f} sets the
     * quiet bit of a signalling NaN; NumPy keeps a NaN's bits, so NaNs are widened by hand:
     * same sign, the 23 payload bits moved to the top of the double's 52.
     */
    static double widen(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (!Float.isNaN(f)) {
            return f;
        }
        long sign = (bits & 0x8000_0000L) << 32;
        long payload = (bits & 0x007F_FFFFL) << 29;
        return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | payload);
    }

    /** The raw float32 bits of {@code v}, rounding as {@code (float) v} does and keeping a NaN's top payload bits. */
    static int narrow(double v) {
        if (!Double.isNaN(v)) {
            return Float.floatToRawIntBits((float) v);
        }
        long bits = Double.doubleToRawLongBits(v);
        int sign = (int) (bits >>> 32) & 0x8000_0000;
        int payload = (int) ((bits >>> 29) & 0x007F_FFFF);
        // A payload whose top 23 bits are all zero would read as infinity: keep it a NaN.
        return sign | 0x7F80_0000 | (payload == 0 ? 0x0040_0000 : payload);
    }

    private double minValue() {
        return switch (this) {
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
    }

    /** The largest value stored exactly; for int64, the largest double below 2^63. */
    private double maxValue() {
        return switch (this) {
            case INT32 -> Integer.MAX_VALUE;
            case INT64 -> Math.nextDown(0x1p63);
            default -> 255;
        };
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
