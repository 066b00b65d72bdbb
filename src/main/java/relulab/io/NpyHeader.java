package relulab.io;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import relulab.core.text.Reason;

/**
 * The header of a NumPy {@code .npy} file: element type, byte order, memory order and shape.
 *
 * <p>The layout (NumPy's {@code format} module): the magic {@code \x93NUMPY}, a major and a
 * minor version byte, the header length (2 bytes little-endian in version 1.0, 4 bytes in 2.0
 * and 3.0), then the header itself, a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }} padded with spaces and
 * a newline so that the data starts at a multiple of 64 bytes. Version 3.0 only changes the
 * header's text encoding from Latin-1 to UTF-8.
 *
 * @param dtype        the element type
 * @param order        the byte order of multi-byte elements
 * @param fortranOrder true when the data is stored column-major (first index fastest)
 * @param shape        the dimensions, outermost first
 */
record NpyHeader(DType dtype, ByteOrder order, boolean fortranOrder, long[] shape) {

    /** The six bytes every .npy file starts with. */
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Alignment of the data's start, as NumPy writes it. */
    static final int ALIGN = 64;

    private static final List<String> KEYS = List.of("descr", "fortran_order", "shape");

    /** What is wrong with a header, in words for the user (the caller adds the file name). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Reason reason;

        Invalid(String key, Object... args) {
            this(Reason.of(NpyHeader.class, key, args));
        }

        private Invalid(Reason reason) {
            super(reason.english());
            this.reason = reason;
        }

        /** What is wrong, in words any language can say. */
        Reason reason() {
            return reason;
        }
    }

    /** Number of elements the shape describes, or {@link Long#MAX_VALUE} when that overflows. */
    long elementCount() {
        long n = 1;
        for (long d : shape) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                return Long.MAX_VALUE;
            }
            n *= d;
        }
        return n;
    }

    /** The shape as NumPy prints it, e.g. {@code (2, 3)}. */
    String shapeText() {
        return TensorData.shapeText(shape);
    }

    /** The descr as the file spells it (byte order normalised), e.g. {@code >f4}. */
    String descr() {
        return order == ByteOrder.BIG_ENDIAN && dtype.itemSize() > 1 ? ">" + dtype.code() : dtype.descr();
    }

    /**
     * Reads the header text (the dict literal), already decoded from the file's bytes.
     *
     * @param textStart the byte offset of the text in the file, for messages
     */
    static NpyHeader parse(String text, int textStart) throws Invalid {
        Object literal;
        try {
            literal = PyLiteral.parse(text);
        } catch (PyLiteral.SyntaxError e) {
            throw new Invalid("header.syntax", String.valueOf(textStart + e.offset()), e.reason());
        }
        if (!(literal instanceof Map<?, ?> dict)) {
            throw new Invalid("header.notDict", describe(literal));
        }
        for (String key : KEYS) {
            if (!dict.containsKey(key)) {
                throw new Invalid("header.missing", key);
            }
        }
        for (Object key : dict.keySet()) {
            if (!KEYS.contains(key)) {
                throw new Invalid("header.unexpected", MessageText.quote(String.valueOf(key)));
            }
        }
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean f)) {
            throw new Invalid("header.fortran", describe(fortran));
        }
        long[] shape = shape(dict.get("shape"));
        if (!(descr instanceof String d)) {
            throw descr instanceof List
                    ? new Invalid("header.structured")
                    : new Invalid("header.descr", describe(descr));
        }
        return dtype(d, f, shape);
    }

    /**
     * The dtype of a descr, accepting exactly the strings NumPy writes for the supported types:
     * {@code <} or {@code >} before a multi-byte type, {@code |} before a one-byte type, and
     * the kind letter in its case ({@code <I4} and {@code <F8} are not NumPy's).
     */
    private static NpyHeader dtype(String descr, boolean fortran, long[] shape) throws Invalid {
        char mark = descr.isEmpty() ? '?' : descr.charAt(0);
        String body = "<>=|".indexOf(mark) >= 0 ? descr.substring(1) : descr;
        if (body.startsWith("O")) {
            throw new Invalid("header.object", MessageText.quote(descr));
        }
        DType dtype = DType.ofCode(body);
        if (dtype == null) {
            String kind = kindName(body);
            throw kind == null
                    ? new Invalid("header.dtype", MessageText.quote(descr))
                    : new Invalid("header.dtype.kind", MessageText.quote(descr), Reason.of(NpyHeader.class, kind));
        }
        boolean oneByte = dtype.itemSize() == 1;
        if (oneByte && mark != '|') {
            throw new Invalid("header.oneByte", MessageText.quote(descr), dtype.numpyName(), body);
        }
        if (!oneByte && mark != '<' && mark != '>') {
            throw new Invalid("header.byteOrder", MessageText.quote(descr), String.valueOf(dtype.itemSize()), body);
        }
        ByteOrder order = mark == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new NpyHeader(dtype, order, fortran, shape);
    }

    private static long[] shape(Object value) throws Invalid {
        if (!(value instanceof PyLiteral.Tuple tuple)) {
            throw new Invalid("header.shape", describe(value));
        }
        List<Object> list = tuple.items();
        long[] shape = new long[list.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(list.get(i) instanceof Long d) || d < 0) {
                throw new Invalid("header.shapeItem", describe(value), describe(list.get(i)));
            }
            shape[i] = d;
        }
        return shape;
    }

    /**
     * The key of a few words on the kind letter of an unsupported dtype, so the user knows what
     * they saved; null for a kind without words.
     */
    private static String kindName(String body) {
        if (body.isEmpty()) {
            return null;
        }
        return switch (body.charAt(0)) {
            case 'c' -> "kind.complex";
            case 'U' -> "kind.text";
            case 'S', 'a' -> "kind.bytes";
            case 'V' -> "kind.raw";
            case 'M', 'm' -> "kind.dates";
            case 'f' -> body.equals("f2") ? "kind.half" : null;
            default -> null;
        };
    }

    /**
     * A value of the header as a message shows it: as Python writes it, cut, or in words for a
     * list or a dict.
     */
    private static Object describe(Object value) {
        if (value instanceof String s) {
            return MessageText.quote(s);
        }
        if (value instanceof PyLiteral.Tuple tuple) {
            return MessageText.cut(
                    items("(", tuple.items(), tuple.items().size() == 1 ? ",)" : ")"), MessageText.QUOTE_LIMIT);
        }
        if (value instanceof List<?> list) {
            return Reason.of(
                    NpyHeader.class, "describe.list", MessageText.cut(items("[", list, "]"), MessageText.QUOTE_LIMIT));
        }
        if (value instanceof Map) {
            return Reason.of(NpyHeader.class, "describe.dict");
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }

    private static String items(String open, List<?> list, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < list.size() && sb.length() <= MessageText.QUOTE_LIMIT; i++) {
            sb.append(i == 0 ? "" : ", ").append(describe(list.get(i)));
        }
        return sb.append(close).toString();
    }

    /**
     * The complete header block as NumPy's {@code np.save} writes it, magic and length
     * included: version 1.0 when the text fits in 65,535 bytes, else 2.0. Because the
     * spelling and padding match NumPy's, a file written here is byte for byte the file
     * NumPy writes for the same array.
     */
    byte[] format() {
        String dict = "{'descr': '" + descr() + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
                + ", 'shape': " + shapeText() + ", }";
        byte[] textBytes = padded(dict, MAGIC.length + 4);
        boolean v1 = textBytes.length <= 0xFFFF;
        if (!v1) {
            textBytes = padded(dict, MAGIC.length + 6);
        }
        int prefix = MAGIC.length + (v1 ? 4 : 6);
        byte[] out = new byte[prefix + textBytes.length];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = (byte) (v1 ? 1 : 2);
        out[7] = 0;
        int len = textBytes.length;
        out[8] = (byte) len;
        out[9] = (byte) (len >>> 8);
        if (!v1) {
            out[10] = (byte) (len >>> 16);
            out[11] = (byte) (len >>> 24);
        }
        System.arraycopy(textBytes, 0, out, prefix, textBytes.length);
        return out;
    }

    /** The dict, spaces and a newline, so that {@code prefix} plus the text is a multiple of 64. */
    private static byte[] padded(String dict, int prefix) {
        int total = ((prefix + dict.length() + 1 + ALIGN - 1) / ALIGN) * ALIGN;
        String text = dict + " ".repeat(total - prefix - dict.length() - 1) + "\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The header of a C-order array of this dtype (little-endian) and shape. */
    static NpyHeader of(DType dtype, int[] dims) {
        long[] shape = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = dims[i];
        }
        return new NpyHeader(dtype, ByteOrder.LITTLE_ENDIAN, false, shape);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NpyHeader[%s, %s, fortran=%b]", descr(), shapeText(), fortranOrder);
    }
}
