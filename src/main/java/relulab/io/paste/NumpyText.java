package relulab.io.paste;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Every list at one level must have the same shape; a message names the first that does not.
 * Places in messages count from 1: the last index is the column, then row, slice, block.
 */
final class NumpyText {

    /** More levels than a 4-D array are refused while reading, before they cost anything. */
    private static final int MAX_LEVELS = 4;

    private static final String[] NAMES = {"column", "row", "slice", "block"};

    private static final Pattern WRAPPER = Pattern.compile("\\s*[A-Za-z_][\\w.]*\\s*\\(");
    /** A NumPy 2 scalar as a Python list of them prints it: {@code np.float64(0.5)}. */
    private static final Pattern SCALAR = Pattern.compile("(?:np\\.|numpy\\.)?(?:float|int|uint)\\d*\\((.*)\\)");
    private static final Pattern KEYWORDS = Pattern.compile("\\s*(,\\s*[A-Za-z_]\\w*\\s*=[\\s\\S]*)?");

    private enum Kind { OPEN, CLOSE, COMMA, WORD }

    private record Token(Kind kind, String text, int line, int offset) {
    }

    private final List<Token> tokens;
    private int next;

    private NumpyText(List<Token> tokens) {
        this.tokens = tokens;
    }

    static PastedBlock parse(String text) throws PasteException {
        String inner = text;
        boolean wrapped = false;
        Matcher wrapper = WRAPPER.matcher(text);
        if (wrapper.lookingAt()) {
            String rest = text.stripTrailing();
            if (!rest.endsWith(")")) {
                throw new PasteException("'" + wrapper.group().strip() + "' is never closed with ')'");
            }
            inner = rest.substring(wrapper.end(), rest.length() - 1);
            wrapped = true;
        }
        NumpyText reader = new NumpyText(tokenize(inner));
        Token first = reader.take();
        if (first == null) {
            throw new PasteException("there is no array inside '" + wrapper.group().strip() + ")'");
        }
        if (first.kind != Kind.OPEN) {
            Token close = reader.tokens.stream().filter(t -> t.kind == Kind.CLOSE).findFirst().orElse(null);
            if (inner.indexOf('[') < 0 && close != null) {
                throw new PasteException("unbalanced brackets: the ']' on line " + close.line
                        + " closes no '['");
            }
            throw new PasteException("expected '[' at the start of the array, found '" + first.text
                    + "' on line " + first.line);
        }
        List<Object> top = reader.readList(1, new ArrayList<>(), first);
        checkNothingAfter(inner.substring(reader.tokens.get(reader.next - 1).offset + 1), wrapped);
        int[] shape = shapeOf(top, List.of());
        if (Arrays.stream(shape).anyMatch(n -> n == 0)) {
            throw new PasteException("the array is empty: it has shape " + describe(shape)
                    + " and holds no numbers");
        }
        double[] values = new double[Math.toIntExact(Arrays.stream(shape).asLongStream()
                .reduce(1, Math::multiplyExact))];
        flatten(top, values, 0);
        return switch (shape.length) {
            case 1 -> new PastedBlock(1, 1, shape[0], values);
            case 2 -> new PastedBlock(1, shape[0], shape[1], values);
            case 3 -> new PastedBlock(shape[0], shape[1], shape[2], values);
            default -> {
                if (shape[0] != 1) {
                    throw new PasteException("a 4-D array of shape " + describe(shape)
                            + " can be pasted only when its first dimension is 1 (a batch of one)");
                }
                yield new PastedBlock(shape[1], shape[2], shape[3], values);
            }
        };
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '[' || ch == ']' || ch == ',') {
                Kind kind = ch == '[' ? Kind.OPEN : ch == ']' ? Kind.CLOSE : Kind.COMMA;
                tokens.add(new Token(kind, String.valueOf(ch), line, i));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !isDelimiter(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), line, start));
            }
        }
        return tokens;
    }

    private static boolean isDelimiter(char ch) {
        return Character.isWhitespace(ch) || ch == '[' || ch == ']' || ch == ',';
    }

    private Token take() {
        return next < tokens.size() ? tokens.get(next++) : null;
    }

    /**
     * Reads the items of a list whose '[' has just been taken, up to its ']'. Items are
     * {@code Double}s or nested lists; {@code path} holds the 0-based indices leading here.
     */
    private List<Object> readList(int level, List<Integer> path, Token open) throws PasteException {
        if (level > MAX_LEVELS) {
            throw new PasteException("the array has more than " + MAX_LEVELS + " levels of brackets; "
                    + "the workbench takes 1-D to 3-D arrays, or 4-D with a leading 1");
        }
        List<Object> items = new ArrayList<>();
        boolean afterComma = false;
        while (true) {
            Token token = take();
            if (token == null) {
                throw new PasteException("unbalanced brackets: the '[' on line " + open.line
                        + " is never closed");
            }
            switch (token.kind) {
                case CLOSE -> {
                    return items;
                }
                case COMMA -> {
                    if (items.isEmpty() || afterComma) {
                        throw new PasteException("a comma on line " + token.line
                                + " has no value before it");
                    }
                    afterComma = true;
                    continue;
                }
                case OPEN -> {
                    List<Integer> childPath = new ArrayList<>(path);
                    childPath.add(items.size());
                    items.add(readList(level + 1, childPath, token));
                }
                case WORD -> items.add(number(token, path, items.size()));
            }
            afterComma = false;
        }
    }

    private static Double number(Token token, List<Integer> path, int index) throws PasteException {
        Matcher scalar = SCALAR.matcher(token.text);
        try {
            return NumberText.parse(scalar.matches() ? scalar.group(1) : token.text);
        } catch (NumberFormatException e) {
            List<Integer> place = new ArrayList<>(path);
            place.add(index);
            throw new PasteException("'" + token.text + "' at " + describePlace(place, 0)
                    + " is not a number");
        }
    }

    /**
     * "row 2, column 3" for indices [1, 2] when the last index picks a thing of dimension 0
     * (a value, named by its column); each index before it names a thing one dimension up:
     * row, slice, block.
     */
    private static String describePlace(List<Integer> indices, int lastDimension) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < indices.size(); i++) {
            int dimension = lastDimension + indices.size() - 1 - i;
            text.append(i == 0 ? "" : ", ").append(NAMES[dimension]).append(' ').append(indices.get(i) + 1);
        }
        return text.toString();
    }

    private static void checkNothingAfter(String rest, boolean wrapped) throws PasteException {
        String stripped = rest.strip();
        if (stripped.startsWith("]")) {
            throw new PasteException("unbalanced brackets: there is a ']' after the array is closed");
        }
        if (wrapped ? !KEYWORDS.matcher(rest).matches() : !stripped.isEmpty()) {
            String shown = stripped.length() > 20 ? stripped.substring(0, 20) + "\u2026" : stripped;
            throw new PasteException("unexpected text after the array's last ']': '" + shown
                    + "'; paste one array at a time");
        }
    }

    /**
     * The shape of a nested list; every sibling must have the same shape. An empty list has
     * shape (0), so {@code [[1, 2], []]} is reported as a short row.
     */
    private static int[] shapeOf(List<Object> list, List<Integer> path) throws PasteException {
        long lists = list.stream().filter(List.class::isInstance).count();
        if (lists == 0) {
            return new int[] {list.size()};
        }
        if (lists != list.size()) {
            throw new PasteException("numbers and bracketed lists are mixed at the same level, "
                    + "as in [1, [2, 3]]; every level must hold only numbers or only lists");
        }
        int[] first = null;
        for (int i = 0; i < list.size(); i++) {
            List<Integer> childPath = new ArrayList<>(path);
            childPath.add(i);
            int[] shape = shapeOf(asList(list.get(i)), childPath);
            if (first == null) {
                first = shape;
            } else if (!Arrays.equals(first, shape)) {
                throw new PasteException(ragged(path, i, shape, first));
            }
        }
        int[] shape = new int[first.length + 1];
        shape[0] = list.size();
        System.arraycopy(first, 0, shape, 1, first.length);
        return shape;
    }

    /** "row 3 has 4 values, row 1 has 3", or "slice 2 is 3×4, slice 1 is 2×4" one level up. */
    private static String ragged(List<Integer> parent, int index, int[] shape, int[] first) {
        String name = NAMES[shape.length];
        String where = parent.isEmpty() ? "" : "in " + describePlace(parent, shape.length + 1) + ", ";
        if (shape.length == 1) {
            return where + name + " " + (index + 1) + " has " + TableText.values(shape[0])
                    + ", " + name + " 1 has " + first[0];
        }
        return where + name + " " + (index + 1) + " is " + times(shape) + ", " + name + " 1 is "
                + times(first);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object item) {
        return (List<Object>) item;
    }

    private static int flatten(List<Object> list, double[] values, int at) {
        int i = at;
        for (Object item : list) {
            if (item instanceof Double value) {
                values[i++] = value;
            } else {
                i = flatten(asList(item), values, i);
            }
        }
        return i;
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
        String inside = String.join(", ", Arrays.stream(shape).mapToObj(Integer::toString).toList());
        return "(" + inside + (shape.length == 1 ? ",)" : ")");
    }
}
