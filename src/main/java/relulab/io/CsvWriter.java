package relulab.io;

import java.io.IOException;
import java.io.Writer;
import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * Writes a tensor as CSV: a comment line with the shape, then each depth slice as
 * {@code height} lines of {@code width} comma-separated numbers, slices separated by one blank
 * line. Numbers are written by {@link NumberText#forFile}, the shortest text that reads back
 * to the same double ({@code nan}, {@code inf}, {@code -inf} for the special values).
 */
final class CsvWriter {

    private CsvWriter() {}

    static void write(TensorData data, Writer out) throws IOException {
        Tensor3 t = data.tensor();
        Shape s = t.shape();
        out.write("# ReLU Lab tensor, depth x height x width = " + s.depth() + " x " + s.height() + " x " + s.width()
                + "\n");
        StringBuilder line = new StringBuilder();
        for (int d = 0; d < s.depth(); d++) {
            if (d > 0) {
                out.write("\n");
            }
            for (int r = 0; r < s.height(); r++) {
                line.setLength(0);
                for (int c = 0; c < s.width(); c++) {
                    line.append(c == 0 ? "" : ",").append(NumberText.forFile(t.get(d, r, c)));
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}
