package relulab.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import relulab.core.NumberGrammar;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.text.Reason;

/**
 * Reads a tensor from CSV text: each depth slice is {@code height} lines of {@code width}
 * comma-separated numbers, slices are separated by a blank line, and a line whose first
 * non-blank character is {@code #} is a comment.
 *
 * <p>The first row fixes the width and the first slice the height; every later row and slice
 * must match them. Numbers are read by {@link NumberText} in {@link Locale#ROOT}. The file is
 * streamed line by line and the element count is checked against the limit as it grows, so a
 * huge file is refused without being held in memory, and a line longer than
 * {@value #MAX_LINE_CHARS} characters is refused before it is read whole. The text must be
 * UTF-8 (ASCII is); anything else, or a control character, is taken for binary data and
 * refused. Blank lines and the blanks around a number are those of {@link NumberGrammar}.
 */
final class CsvReader {

    /** The longest line read, in characters: a row of a million numbers fits many times over. */
    static final int MAX_LINE_CHARS = 1 << 26;

    private final Path file;
    private final long maxElements;
    private double[] values = new double[64];
    private int count;
    private int width = -1;
    private int height = -1;
    private int depth;
    private int rowsInSlice;
    private int sliceStartLine;
    private int lineNumber;

    private CsvReader(Path file, long maxElements) {
        this.file = file;
        this.maxElements = Math.min(maxElements, Integer.MAX_VALUE - 8L);
    }

    static TensorData read(Path file, long maxElements) throws IOException {
        if (Files.size(file) == 0) {
            throw new TensorFileException(file, why("csv.empty"));
        }
        return new CsvReader(file, maxElements).readAll();
    }

    private TensorData readAll() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            BoundedLines in = new BoundedLines(reader, MAX_LINE_CHARS);
            String line;
            while ((line = nextLine(in)) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                checkText(line);
                if (NumberGrammar.isBlank(line)) {
                    endSlice();
                } else if (!isComment(line)) {
                    row(line);
                }
            }
        }
        endSlice();
        if (depth == 0) {
            throw new TensorFileException(file, why("csv.noNumbers"));
        }
        Shape shape = new Shape(depth, height, width);
        return new TensorData(Tensor3.of(shape, Arrays.copyOf(values, count)), DType.FLOAT64, 3);
    }

    private String nextLine(BoundedLines in) throws IOException {
        try {
            return in.next();
        } catch (CharacterCodingException e) {
            throw new TensorFileException(file, why("csv.binary", String.valueOf(lineNumber + 1)), e);
        } catch (BoundedLines.TooLong e) {
            throw new TensorFileException(
                    file,
                    why(
                            "csv.lineTooLong",
                            String.valueOf(lineNumber + 1),
                            String.format(Locale.ROOT, "%,d", MAX_LINE_CHARS)));
        }
    }

    private static boolean isComment(String line) {
        int i = 0;
        while (i < line.length() && NumberGrammar.isBlank(line.charAt(i))) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '#';
    }

    private void checkText(String line) throws TensorFileException {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' && c != '\t' && c != '\r') {
                throw new TensorFileException(
                        file,
                        why(
                                "csv.control",
                                String.valueOf(lineNumber),
                                String.valueOf(i + 1),
                                String.format(Locale.ROOT, "%04X", (int) c)));
            }
        }
    }

    private void row(String line) throws TensorFileException {
        if (rowsInSlice == 0) {
            sliceStartLine = lineNumber;
        }
        int fields = 0;
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            add(line, start, end);
            fields++;
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        if (width < 0) {
            width = fields;
        } else if (fields != width) {
            throw new TensorFileException(
                    file,
                    why(
                            fields == 1 ? "csv.width.one" : "csv.width",
                            String.valueOf(lineNumber),
                            String.valueOf(fields),
                            String.valueOf(width)));
        }
        rowsInSlice++;
    }

    private void add(String line, int start, int end) throws TensorFileException {
        String field = line.substring(start, end);
        int column = start + 1;
        while (column - 1 < end && NumberGrammar.isBlank(line.charAt(column - 1))) {
            column++;
        }
        if (NumberGrammar.isBlank(field)) {
            throw new TensorFileException(
                    file, why("csv.emptyField", String.valueOf(lineNumber), String.valueOf(column)));
        }
        double v;
        try {
            v = NumberText.parse(field);
        } catch (NumberGrammar.Unreadable e) {
            boolean otherSeparator = field.contains(";") || field.contains("\t");
            throw new TensorFileException(
                    file,
                    why(
                            otherSeparator ? "csv.notNumber.separator" : "csv.notNumber",
                            String.valueOf(lineNumber),
                            String.valueOf(column),
                            e.reason()));
        }
        if (count == maxElements) {
            throw new TensorFileException(
                    file,
                    why("csv.tooMany", String.valueOf(lineNumber), String.format(Locale.ROOT, "%,d", maxElements)));
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, (int) Math.min(maxElements, 2L * values.length));
        }
        values[count++] = v;
    }

    /** Closes the slice being read (at a blank line or the end); runs of blank lines count once. */
    private void endSlice() throws TensorFileException {
        if (rowsInSlice == 0) {
            return;
        }
        if (height < 0) {
            height = rowsInSlice;
        } else if (rowsInSlice != height) {
            throw new TensorFileException(
                    file,
                    why(
                            rowsInSlice == 1 ? "csv.height.one" : "csv.height",
                            String.valueOf(depth + 1),
                            String.valueOf(sliceStartLine),
                            String.valueOf(rowsInSlice),
                            String.valueOf(height)));
        }
        depth++;
        rowsInSlice = 0;
    }

    private static Reason why(String key, Object... args) {
        return Reason.of(CsvReader.class, key, args);
    }
}
