package relulab.io.paste;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                throw new PasteException(MessageText.quote(wrapper.group().strip()) + " is never closed with ')'");
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
            throw new PasteException("there is no array inside '" + wrapper + "'");
        }
        char first = text.charAt(pos);
        if (first != '[') {
            int close = text.indexOf(']');
            if (text.indexOf('[') < 0 && close >= 0) {
                throw new PasteException("unbalanced brackets: the ']' on line " + lineOf(close) + " closes no '['");
            }
            throw new PasteException(
                    "expected '[' at the start of the array, found " + MessageText.quote(word()) + " on line " + line);
        }
        pos++;
        readList(1, line);
    }

    /** Reads the items of a list at {@code level} whose '[' has just been passed, and its ']'. */
    private void readList(int level, int openLine) throws PasteException {
        if (level > MAX_LEVELS) {
            throw new PasteException("the array has more than " + MAX_LEVELS + " levels of brackets; "
                    + "the workbench takes 1-D to 3-D arrays, or 4-D with a leading 1");
        }
        deepest = Math.max(deepest, level);
        int count = 0;
        boolean afterComma = false;
        while (true) {
            skipSpace();
            if (pos == text.length()) {
                throw new PasteException("unbalanced brackets: the '[' on line " + openLine + " is never closed");
            }
            char ch = text.charAt(pos);
            if (ch == ']') {
                pos++;
                close(level, count);
                return;
            }
            if (ch == ',') {
                if (count == 0 || afterComma) {
                    throw new PasteException("a comma on line " + line + " has no value before it");
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
            throw new PasteException("numbers and bracketed lists are mixed at the same level, "
                    + "as in [1, [2, 3]]; every level must hold only numbers or only lists");
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
     * inside a slice, "in slice 2, ...". The lists below this one are already known to agree.
     */
    private String ragged(int level, int count) {
        int dimension = deepest - level + 1;
        String name = NAMES[Math.min(dimension, NAMES.length - 1)];
        int position = index[level - 1] + 1;
        int[] parent = Arrays.copyOfRange(index, 1, level - 1);
        String where = parent.length == 0 ? "" : "in " + describePlace(parent, dimension + 1) + ", ";
        String reference = position > 1 || where.isEmpty() ? name + " 1" : "the " + name + "s before it";
        boolean plural = reference.startsWith("the ");
        if (dimension == 1) {
            return where + name + " " + position + " has " + TableText.values(count) + ", " + reference
                    + (plural ? " have " : " has ") + counts[level];
        }
        int[] shape = Arrays.copyOfRange(counts, level, deepest + 1);
        String expected = times(shape);
        shape[0] = count;
        return where + name + " " + position + " is " + times(shape) + ", " + reference + (plural ? " are " : " is ")
                + expected;
    }

    private double number(String word, int level) throws PasteException {
        // Only a word with a parenthesis can be a scalar; a regex per number would cost more than the number.
        Matcher scalar = word.indexOf('(') >= 0 ? SCALAR.matcher(word) : null;
        try {
            return NumberText.parse(scalar != null && scalar.matches() ? scalar.group(1) : word);
        } catch (NumberFormatException e) {
            throw new PasteException(MessageText.quote(word) + " at "
                    + describePlace(Arrays.copyOfRange(index, 1, level + 1), 0) + " is not a number");
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
            throw new PasteException("the array is empty: it has shape " + describe(shape) + " and holds no numbers");
        }
        double[] all = Arrays.copyOf(values, size);
        return switch (shape.length) {
            case 1 -> new PastedBlock(1, 1, shape[0], all);
            case 2 -> new PastedBlock(1, shape[0], shape[1], all);
            case 3 -> new PastedBlock(shape[0], shape[1], shape[2], all);
            default -> {
                if (shape[0] != 1) {
                    throw new PasteException("a 4-D array of shape " + describe(shape)
                            + " can be pasted only when its first dimension is 1 (a batch of one)");
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
    private static String describePlace(int[] indices, int lastDimension) {
        StringBuilder place = new StringBuilder();
        for (int i = 0; i < indices.length; i++) {
            int dimension = lastDimension + indices.length - 1 - i;
            place.append(i == 0 ? "" : ", ")
                    .append(NAMES[dimension])
                    .append(' ')
                    .append(indices[i] + 1);
        }
        return place.toString();
    }

    private static void checkNothingAfter(String rest, boolean wrapped) throws PasteException {
        String stripped = rest.strip();
        if (stripped.startsWith("]")) {
            throw new PasteException("unbalanced brackets: there is a ']' after the array is closed");
        }
        if (wrapped ? !KEYWORDS.matcher(rest).matches() : !stripped.isEmpty()) {
            throw new PasteException("unexpected text after the array's last ']': "
                    + MessageText.quote(MessageText.cut(stripped, 20)) + "; paste one array at a time");
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
