package relulab.io.paste;

import static relulab.io.paste.PasteWords.reason;
import static relulab.io.paste.PasteWords.then;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import relulab.core.text.Reason;
import relulab.io.MessageText;
import relulab.io.NumberText;

/**
 * Rows of numbers as a spreadsheet copies them or a CSV file holds them.
 *
 * <p>The separator is chosen once for the whole text: a tab if there is any (spreadsheets),
 * else a semicolon if there is any (CSV where the comma is the decimal mark), else a comma if
 * there is any (CSV), else runs of spaces. Empty fields at the end of a line
 * (a trailing tab or comma) are ignored; an empty field between values is refused. A line
 * starting with {@code #} is a comment. One or more blank lines separate depth slices, as in
 * the program's CSV format; every slice must have the same number of rows and every row the
 * same number of values. Rows and columns in messages count from 1, as a spreadsheet does.
 */
final class TableText {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+\u2212]?\\d+,\\d+");

    private enum Separator {
        TAB,
        SEMICOLON,
        COMMA,
        SPACES;

        /** The separator of the data lines; a comment may hold any punctuation. */
        static Separator of(String text) {
            String data = text.lines().filter(line -> !isComment(line)).collect(Collectors.joining("\n"));
            if (data.indexOf('\t') >= 0) {
                return TAB;
            }
            if (data.indexOf(';') >= 0) {
                return SEMICOLON;
            }
            return data.indexOf(',') >= 0 ? COMMA : SPACES;
        }

        String[] split(String line) {
            return switch (this) {
                case TAB -> line.split("\t", -1);
                case SEMICOLON -> line.split(";", -1);
                case COMMA -> line.split(",", -1);
                case SPACES -> line.strip().split("\\s+");
            };
        }
    }

    private final Separator separator;
    private final List<List<double[]>> slices = new ArrayList<>();
    private List<double[]> slice = new ArrayList<>();

    private TableText(Separator separator) {
        this.separator = separator;
    }

    static PastedBlock parse(String text) throws PasteException {
        TableText table = new TableText(Separator.of(text));
        for (String line : text.split("\n", -1)) {
            table.readLine(line);
        }
        return table.finish();
    }

    private void readLine(String line) throws PasteException {
        if (isComment(line)) {
            return;
        }
        if (line.isBlank()) {
            closeSlice();
            return;
        }
        String[] fields = separator.split(line);
        int count = fields.length;
        while (count > 0 && fields[count - 1].isBlank()) {
            count--;
        }
        if (count == 0) {
            // A row of empty cells (",,," from a spreadsheet) separates like a blank line.
            closeSlice();
            return;
        }
        double[] row = new double[count];
        for (int c = 0; c < count; c++) {
            row[c] = number(fields[c].strip(), c);
        }
        checkWidth(row.length);
        slice.add(row);
    }

    private double number(String field, int column) throws PasteException {
        if (field.isEmpty()) {
            throw new PasteException(reason("field.empty", place(slice.size(), column)));
        }
        try {
            return NumberText.parse(field);
        } catch (NumberFormatException e) {
            String quoted = MessageText.quote(field);
            Reason where = place(slice.size(), column);
            throw new PasteException(
                    DECIMAL_COMMA.matcher(field).matches()
                            ? reason("notNumber.decimalComma", quoted, where, field.replace(',', '.'))
                            : reason("notNumber", quoted, where));
        }
    }

    private void checkWidth(int width) throws PasteException {
        List<double[]> reference = slices.isEmpty() ? slice : slices.get(0);
        if (reference.isEmpty()) {
            return;
        }
        int expected = reference.get(0).length;
        if (width != expected) {
            throw new PasteException(reason(
                    "ragged.values",
                    rowName(slices.size(), slice.size()),
                    PasteWords.values(width),
                    rowName(0, 0),
                    String.valueOf(expected)));
        }
    }

    private void closeSlice() throws PasteException {
        if (slice.isEmpty()) {
            return;
        }
        if (!slices.isEmpty() && slice.size() != slices.get(0).size()) {
            throw new PasteException(reason(
                    "ragged.slice",
                    String.valueOf(slices.size() + 1),
                    PasteWords.rows(slice.size()),
                    String.valueOf(slices.get(0).size())));
        }
        slices.add(slice);
        slice = new ArrayList<>();
    }

    private PastedBlock finish() throws PasteException {
        closeSlice();
        if (slices.isEmpty()) {
            throw new PasteException(reason("empty.comments"));
        }
        int rows = slices.get(0).size();
        int cols = slices.get(0).get(0).length;
        double[] values = new double[slices.size() * rows * cols];
        int i = 0;
        for (List<double[]> s : slices) {
            for (double[] row : s) {
                System.arraycopy(row, 0, values, i, cols);
                i += cols;
            }
        }
        return new PastedBlock(slices.size(), rows, cols, values);
    }

    /** "row 2, column 3", or "slice 2, row 1, column 3" once a second slice has begun. */
    private Reason place(int row, int column) {
        return then(rowName(slices.size(), row), PasteWords.place("column", column + 1));
    }

    private Reason rowName(int sliceIndex, int row) {
        Reason name = PasteWords.place("row", row + 1);
        return slices.isEmpty() ? name : then(PasteWords.place("slice", sliceIndex + 1), name);
    }

    private static boolean isComment(String line) {
        return line.strip().startsWith("#");
    }
}
