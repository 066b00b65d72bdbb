package relulab.io;

import java.nio.ByteBuffer;
import java.util.Locale;

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

    /** The dtype with this kind letter and size (e.g. {@code f4}), or null when there is none. */
    static DType ofCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (DType t : values()) {
            if (t.code.equals(c)) {
                return t;
            }
        }
        return null;
    }

    /** Reads one element at the buffer's position (in the buffer's byte order) as a double. */
    double get(ByteBuffer in) {
        return switch (this) {
            case FLOAT64 -> in.getDouble();
            case FLOAT32 -> in.getFloat();
            case INT32 -> in.getInt();
            case INT64 -> in.getLong();
            case UINT8 -> in.get() & 0xFF;
            // NumPy treats any non-zero byte of a bool array as True.
            case BOOL -> in.get() == 0 ? 0.0 : 1.0;
        };
    }

    /**
     * Writes {@code v} as one element, or returns false (writing nothing) when this type cannot
     * hold it exactly: integer types take only whole numbers in their range. A bool is true for
     * every value but 0, as NumPy's {@code astype(bool)} does (so NaN is true).
     */
    boolean put(ByteBuffer out, double v) {
        switch (this) {
            case FLOAT64 -> out.putDouble(v);
            case FLOAT32 -> out.putFloat((float) v);
            case BOOL -> out.put((byte) (v != 0 ? 1 : 0));
            default -> {
                if (v != Math.rint(v) || v < minValue() || v > maxValue()) {
                    return false;
                }
                switch (this) {
                    case INT32 -> out.putInt((int) v);
                    case INT64 -> out.putLong((long) v);
                    default -> out.put((byte) (int) v);
                }
            }
        }
        return true;
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
