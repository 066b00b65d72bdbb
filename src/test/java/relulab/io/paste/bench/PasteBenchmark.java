package relulab.io.paste.bench;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedBlock;
import relulab.io.paste.PastedText;

/**
 * How long pasting takes for the workbench's two reference sizes, against a baseline in the
 * same run: cutting the same numbers out at whitespace and {@link Double#parseDouble} on each,
 * the least any reader of decimal text must do. Sampled times, so the median (p0.50) can be
 * read past the pauses of a busy machine. Not part of {@code mvn verify}; run with
 * <pre>
 *   mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) relulab.io.paste.bench.PasteBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PasteBenchmark {

    @Param({"16x64x64", "64x128x128"})
    public String shape;

    private String numpyText;
    private String tabText;

    @Setup
    public void setUp() {
        String[] dims = shape.split("x");
        int depth = Integer.parseInt(dims[0]);
        int height = Integer.parseInt(dims[1]);
        int width = Integer.parseInt(dims[2]);
        Random random = new Random(1);
        StringBuilder numpy = new StringBuilder("[");
        StringBuilder tab = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            numpy.append(d == 0 ? "[" : "\n\n [");
            tab.append(d == 0 ? "" : "\n");
            for (int r = 0; r < height; r++) {
                numpy.append(r == 0 ? "[" : "\n  [");
                for (int c = 0; c < width; c++) {
                    // NumPy's default: 8 digits after the point.
                    String v = String.format(Locale.ROOT, "%.8f", random.nextGaussian());
                    numpy.append(c == 0 ? "" : " ").append(v);
                    tab.append(c == 0 ? "" : "\t").append(v);
                }
                numpy.append(']');
                tab.append('\n');
            }
            numpy.append(']');
        }
        numpyText = numpy.append(']').toString();
        tabText = tab.toString();
    }

    /** Cut the text at whitespace by hand (no regex, no token array) and parse each number. */
    @Benchmark
    public double baselineScanAndParseDouble() {
        String text = tabText;
        double sum = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                sum += Double.parseDouble(text.substring(start, i));
            }
        }
        return sum;
    }

    @Benchmark
    public PastedBlock pasteNumpyPrint() throws PasteException {
        return PastedText.parse(numpyText);
    }

    @Benchmark
    public PastedBlock pasteSpreadsheetRows() throws PasteException {
        return PastedText.parse(tabText);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(PasteBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
