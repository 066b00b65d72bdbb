package relulab.io.paste;

import static relulab.io.paste.PasteWords.reason;
import static relulab.io.paste.PasteWords.then;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relulab.core.text.Reason;
import relulab.io.MessageText;
import relulab.io.NumberText;

/**
 * An array as NumPy prints it: nested brackets around numbers separated by spaces
 * ({@code print(a)}) or commas ({@code repr(a)}), optionally wrapped as {@code array(...)} with
 * keyword arguments such as {@code dtype=float32} after the data (PyTorch's {@code tensor(...)}
 * is read the same way). A Python list of NumPy scalars, {@code [np.float64(0.5), np.float64(-1.0)]},
 * is read too, as NumPy 2 prints it.
 *
 * <p>Line breaks mean nothing here: NumPy wraps long rows onto several lines and separates
 * 3-D slices by blank lines, and only the brackets say where a row or slice ends. The nesting
 * depth gives the number of dimensions: {@code (W)} becomes one row, {@code (H, W)} one slice,
 * {@code (D, H, W)} a block, and {@code (1, D, H, W)} (a batch of one) drops its leading 1.
 *
 * <p>The text is read in one pass, straight into a {@code double[]} (a pasted feature map can
 * hold a million numbers). The shape is checked on the way: every list at one bracket level
 * must have as many items as the first list at that level, and hold only numbers or only
 * lists; a message names the first list that does not. Places in messages count from 1: the
 * last index is the column, then row, slice, block.
 */
final class NumpyText {

    /** More levels than a 4-D array are refused while reading, before they cost anything. */
    private static final int MAX_LEVELS = 4;

    private static final String[] NAMES = {"column", "row", "slice", "block"};

    private static final int UNSET = -1;

    private static final Pattern WRAPPER = Pattern.compile("\\s*[A-Za-z_][\\w.]*\\s*\\(");
    /** A NumPy 2 scalar as a Python list of them prints it: {@code np.float64(0.5)}. */
    private static final Pattern SCALAR = Pattern.compile("(?:np\\.|numpy\\.)?(?:float|int|uint)\\d*\\((.*)\\)");

    private static final Pattern KEYWORDS = Pattern.compile("\\s*(,\\s*[A-Za-z_]\\w*\\s*=[\\s\\S]*)?");

    private final String text;
    private int pos;
    private int line = 1;

    /** Items in the first list met at each level (index 1 … MAX_LEVELS), or UNSET. */
    private final int[] counts = new int[MAX_LEVELS + 1];
    /** Whether the lists at each level hold lists (TRUE), numbers (FALSE) or nothing yet (null). */
    private final Boolean[] holdsLists = new Boolean[MAX_LEVELS + 1];
    /** The 0-based index, within its list, of the item being read at each level. */
    private final int[] index = new int[MAX_LEVELS + 1];

    private int deepest;

    private double[] values = new double[256];
    private int size;

    private NumpyText(String text) {
        this.text = text;
        Arrays.fill(counts, UNSET);
    }

    static PastedBlock parse(String text) throws PasteException {
        String inner = text;
        boolean wrapped = false;
        Matcher wrapper = WRAPPER.matcher(text);
        if (wrapper.lookingAt()) {
            String rest = text.stripTrailing();
            if (!rest.endsWith(")")) {
                throw new PasteException(reason(
                        "wrapper.unclosed", MessageText.quote(wrapper.group().strip())));
            }
            inner = rest.substring(wrapper.end(), rest.length() - 1);
            wrapped = true;
        }
        NumpyText reader = new NumpyText(inner);
        reader.readTopList(wrapped ? wrapper.group().strip() + ")" : "");
        checkNothingAfter(inner.substring(reader.pos), wrapped);
        return reader.block();
    }

    private void readTopList(String wrapper) throws PasteException {
        skipSpace();
        if (pos == text.length()) {
            throw new PasteException(reason("wrapper.empty", wrapper));
        }
        char first = text.charAt(pos);
        if (first != '[') {
            int close = text.indexOf(']');
            if (text.indexOf('[') < 0 && close >= 0) {
                throw new PasteException(reason("brackets.closesNone", String.valueOf(lineOf(close))));
            }
            throw new PasteException(reason("brackets.expectedOpen", MessageText.quote(word()), String.valueOf(line)));
        }
        pos++;
        readList(1, line);
    }

    /** Reads the items of a list at {@code level} whose '[' has just been passed, and its ']'. */
    private void readList(int level, int openLine) throws PasteException {
        if (level > MAX_LEVELS) {
            throw new PasteException(reason("brackets.tooDeep", String.valueOf(MAX_LEVELS)));
        }
        deepest = Math.max(deepest, level);
        int count = 0;
        boolean afterComma = false;
        while (true) {
            skipSpace();
            if (pos == text.length()) {
                throw new PasteException(reason("brackets.unclosed", String.valueOf(openLine)));
            }
            char ch = text.charAt(pos);
            if (ch == ']') {
                pos++;
                close(level, count);
                return;
            }
            if (ch == ',') {
                if (count == 0 || afterComma) {
                    throw new PasteException(reason("comma.noValue", String.valueOf(line)));
                }
                afterComma = true;
                pos++;
                continue;
            }
            index[level] = count;
            if (ch == '[') {
                holds(level, true);
                pos++;
                readList(level + 1, line);
            } else {
                holds(level, false);
                add(number(word(), level));
            }
            count++;
            afterComma = false;
        }
    }

    private void holds(int level, boolean lists) throws PasteException {
        if (holdsLists[level] == null) {
            holdsLists[level] = lists;
        } else if (holdsLists[level] != lists) {
            throw new PasteException(reason("brackets.mixed"));
        }
    }

    /** Checks a finished list against the first list of its level. */
    private void close(int level, int count) throws PasteException {
        if (counts[level] == UNSET) {
            counts[level] = count;
        } else if (counts[level] != count) {
            throw new PasteException(ragged(level, count));
        }
    }

    /**
     * "row 3 has 4 values, row 1 has 3", or "slice 2 is 1×2, slice 1 is 2×2" one level up;
     * inside a slice, "in slice 2, ...", where the first list of a slice is compared with "the
     * rows before it". The lists below this one are already known to agree.
     */
    private Reason ragged(int level, int count) {
        int dimension = deepest - level + 1;
        String name = NAMES[Math.min(dimension, NAMES.length - 1)];
        int position = index[level - 1] + 1;
        int[] parent = Arrays.copyOfRange(index, 1, level - 1);
        boolean before = position == 1 && parent.length > 0;
        Reason here = PasteWords.place(name, position);
        Reason reference = before ? reason("before." + name) : PasteWords.place(name, 1);
        Reason sentence;
        if (dimension == 1) {
            sentence = reason(
                    before ? "ragged.valuesBefore" : "ragged.values",
                    here,
                    PasteWords.values(count),
                    reference,
                    String.valueOf(counts[level]));
        } else {
            int[] shape = Arrays.copyOfRange(counts, level, deepest + 1);
            String expected = times(shape);
            shape[0] = count;
            sentence = reason(before ? "ragged.shapeBefore" : "ragged.shape", here, times(shape), reference, expected);
        }
        return parent.length == 0 ? sentence : reason("ragged.inside", describePlace(parent, dimension + 1), sentence);
    }

    private double number(String word, int level) throws PasteException {
        // Only a word with a parenthesis can be a scalar; a regex per number would cost more than the number.
        Matcher scalar = word.indexOf('(') >= 0 ? SCALAR.matcher(word) : null;
        try {
            return NumberText.parse(scalar != null && scalar.matches() ? scalar.group(1) : word);
        } catch (NumberFormatException e) {
            throw new PasteException(reason(
                    "notNumber", MessageText.quote(word), describePlace(Arrays.copyOfRange(index, 1, level + 1), 0)));
        }
    }

    private void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
        }
        values[size++] = value;
    }

    private PastedBlock block() throws PasteException {
        int[] shape = Arrays.copyOfRange(counts, 1, deepest + 1);
        if (Arrays.stream(shape).anyMatch(n -> n == 0)) {
            throw new PasteException(reason("empty.array", describe(shape)));
        }
        double[] all = Arrays.copyOf(values, size);
        return switch (shape.length) {
            case 1 -> new PastedBlock(1, 1, shape[0], all);
            case 2 -> new PastedBlock(1, shape[0], shape[1], all);
            case 3 -> new PastedBlock(shape[0], shape[1], shape[2], all);
            default -> {
                if (shape[0] != 1) {
                    throw new PasteException(reason("batch", describe(shape)));
                }
                yield new PastedBlock(shape[1], shape[2], shape[3], all);
            }
        };
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
    }

    /** The word starting here, up to the next space, bracket or comma. */
    private String word() {
        int start = pos;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isDelimiter(char ch) {
        return Character.isWhitespace(ch) || ch == '[' || ch == ']' || ch == ',';
    }

    private int lineOf(int offset) {
        return 1
                + (int) text.substring(0, offset)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
    }

    /**
     * "row 2, column 3" for indices [1, 2] when the last index picks a thing of dimension 0
     * (a value, named by its column); each index before it names a thing one dimension up:
     * row, slice, block.
     */
    private static Reason describePlace(int[] indices, int lastDimension) {
        Reason place = null;
        for (int i = 0; i < indices.length; i++) {
            int dimension = lastDimension + indices.length - 1 - i;
            Reason part = PasteWords.place(NAMES[dimension], indices[i] + 1);
            place = place == null ? part : then(place, part);
        }
        return place;
    }

    private static void checkNothingAfter(String rest, boolean wrapped) throws PasteException {
        String stripped = rest.strip();
        if (stripped.startsWith("]")) {
            throw new PasteException(reason("brackets.extraClose"));
        }
        if (wrapped ? !KEYWORDS.matcher(rest).matches() : !stripped.isEmpty()) {
            throw new PasteException(reason("after.array", MessageText.quote(MessageText.cut(stripped, 20))));
        }
    }

    private static String times(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int n : shape) {
            text.append(text.length() == 0 ? "" : "\u00D7").append(n);
        }
        return text.toString();
    }

    /** NumPy's way of writing a shape: {@code (3, 4)}, and {@code (0,)} for one dimension. */
    private static String describe(int[] shape) {
        String inside = String.join(
                ", ", Arrays.stream(shape).mapToObj(Integer::toString).toList());
        return "(" + inside + (shape.length == 1 ? ",)" : ")");
    }
}
