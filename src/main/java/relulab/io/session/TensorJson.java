package relulab.io.session;

import static relulab.io.session.SessionFormatException.reason;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;

/**
 * A tensor in a session file, stored bit for bit:
 * <pre>{"dtype": "float32", "shape": [2, 3], "float64_le": "AAAAAAAA8D8…"}</pre>
 *
 * <p>{@code shape} is the file's shape as NumPy writes it (its length is the rank, 1 to 4; a
 * 4-D shape starts with 1). {@code float64_le} is Base64 of every value as the 8 bytes of an
 * IEEE-754 double, little-endian, row-major — the program's own values, whatever the dtype, so
 * an edited float32 tensor loses nothing and NaN payloads, −0 and ±∞ come back with the same
 * bits. {@code dtype} is what the tensor is saved as when written out to {@code .npy}.
 */
final class TensorJson {

    /** How {@link Base64.Decoder} names a character it refuses: "Illegal base64 character 2a". */
    private static final Pattern ILLEGAL_CHARACTER = Pattern.compile("Illegal base64 character (\\p{XDigit}+)");

    private TensorJson() {}

    static JsonObject write(TensorData data) {
        JsonObject o = new JsonObject();
        o.addProperty("dtype", data.dtype().numpyName());
        JsonArray shape = new JsonArray();
        for (int d : data.dims()) {
            shape.add(d);
        }
        o.add("shape", shape);
        Tensor3 t = data.tensor();
        ByteBuffer bytes = ByteBuffer.allocate(t.size() * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < t.size(); i++) {
            bytes.putLong(Double.doubleToRawLongBits(t.get(i)));
        }
        o.addProperty("float64_le", Base64.getEncoder().encodeToString(bytes.array()));
        return o;
    }

    /** Reads the tensor {@code key} of {@code parent}, refusing more than {@code maxElements} values. */
    static TensorData read(JsonFields parent, String key, long maxElements) throws SessionFormatException {
        JsonFields f = parent.object(key);
        DType dtype = dtype(f);
        int[] dims = dims(f, maxElements);
        Shape shape = new Shape(
                dims.length >= 3 ? dims[dims.length - 3] : 1,
                dims.length >= 2 ? dims[dims.length - 2] : 1,
                dims[dims.length - 1]);
        String data = f.string("float64_le");
        long expected = 4 * ((shape.size() * (long) Double.BYTES + 2) / 3);
        if (data.length() != expected) {
            throw SessionFormatException.because(
                    "tensor.dataLength",
                    f.name("float64_le"),
                    Integer.toString(data.length()),
                    shapeText(dims),
                    Long.toString(expected));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw notBase64(f.name("float64_le"), e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(in.getLong());
        }
        return new TensorData(Tensor3.of(shape, values), dtype, dims.length);
    }

    private static DType dtype(JsonFields f) throws SessionFormatException {
        String name = f.string("dtype");
        for (DType t : DType.values()) {
            if (t.numpyName().equals(name)) {
                return t;
            }
        }
        throw SessionFormatException.because("tensor.dtype", f.name("dtype"), JsonFields.cut(name));
    }

    private static int[] dims(JsonFields f, long maxElements) throws SessionFormatException {
        JsonElement e = f.element("shape");
        String name = f.name("shape");
        if (!e.isJsonArray()
                || e.getAsJsonArray().isEmpty()
                || e.getAsJsonArray().size() > TensorData.MAX_RANK) {
            throw SessionFormatException.because(
                    "tensor.rank",
                    name,
                    e.isJsonArray()
                            ? reason(
                                    "tensor.entries",
                                    Integer.toString(e.getAsJsonArray().size()))
                            : JsonFields.kindOf(e));
        }
        JsonArray a = e.getAsJsonArray();
        int[] dims = new int[a.size()];
        long count = 1;
        for (int i = 0; i < dims.length; i++) {
            JsonElement d = a.get(i);
            if (!(d instanceof JsonPrimitive p)
                    || !p.isNumber()
                    || !p.getAsString().matches("[0-9]{1,10}")
                    || Long.parseLong(p.getAsString()) < 1
                    || Long.parseLong(p.getAsString()) > Integer.MAX_VALUE) {
                throw SessionFormatException.because("tensor.size", name, Integer.toString(i), JsonFields.kindOf(d));
            }
            dims[i] = p.getAsInt();
            // count stays at most maxElements × 2^31 before the check below, far from overflowing.
            count = count > maxElements ? count : count * dims[i];
        }
        if (dims.length == TensorData.MAX_RANK && dims[0] != 1) {
            throw SessionFormatException.because("tensor.batch", name, shapeText(dims), Integer.toString(dims[0]));
        }
        if (count > maxElements) {
            throw SessionFormatException.because(
                    "tensor.tooMany",
                    name,
                    shapeText(dims),
                    JsonFields.grouped(count),
                    JsonFields.grouped(maxElements));
        }
        return dims;
    }

    /**
     * Why Java's decoder refused the text: an illegal character by its code, as the decoder
     * names it, else the decoder's own words (the length was checked before).
     */
    private static SessionFormatException notBase64(String name, IllegalArgumentException e) {
        String words = String.valueOf(e.getMessage());
        Matcher m = ILLEGAL_CHARACTER.matcher(words);
        return m.matches()
                ? SessionFormatException.because("tensor.base64Char", name, m.group(1))
                : SessionFormatException.because("tensor.base64", name, words.toLowerCase(Locale.ROOT));
    }

    private static String shapeText(int[] dims) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            s.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return s.append(dims.length == 1 ? ",)" : ")").toString();
    }
}
