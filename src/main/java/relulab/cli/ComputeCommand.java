package relulab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.LeakyRelu;
import relulab.core.Mask;
import relulab.core.Relu;
import relulab.core.ReluStats;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFileException;
import relulab.io.TensorFiles;

/**
 * {@code relu-lab compute}: one ReLU layer, forward and (with a dout) backward, on tensor files.
 *
 * <p>Everything is read, checked and computed before the first byte is written, and the
 * outputs are written all together ({@link TensorFiles#writeAll}), so a bad input or a failed
 * write leaves the output folder as it was.
 */
@Command(name = "compute",
        sortOptions = false,
        description = {
            "Runs a ReLU layer on a tensor file (.npy or .csv) and writes into DIR:",
            "  out.npy     the forward pass, max(0, x)",
            "  gate.npy    x > 0, the cells whose gradient passes (bool)",
            "  zeroed.npy  x < 0, the cells that ReLU set to zero (bool)",
            "  dx.npy      the backward pass, dout where x > 0 else 0 (only with --dout)",
            "float32 input gives float32 out and dx, other inputs float64; outputs keep",
            "the input's shape. Prints the shape and the cells zeroed per channel.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage or a bad input file (one line on stderr, nothing written)"})
public final class ComputeCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "X",
            description = "the layer's input x: a .npy file (1-D to 4-D) or a .csv file")
    Path input;

    @Option(names = "--dout", paramLabel = "D",
            description = "the upstream gradient, same shape as X (gives dx.npy)")
    Path dout;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder to write into (created if missing)")
    Path outDir;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "relu|leaky:SLOPE",
            description = {"relu (the default), or Leaky ReLU with slope",
                "SLOPE in [0, 1), e.g. leaky:0.01"})
    String activation;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Activation f = layerActivation(activation);
        checkOutputFolder(outDir);
        TensorData x = TensorFiles.read(input);
        TensorData d = dout == null ? null : TensorFiles.read(dout);
        if (d != null && !Arrays.equals(x.dims(), d.dims())) {
            throw new IllegalArgumentException(dout.getFileName() + " has shape " + d.shapeText() + " but "
                    + input.getFileName() + " has shape " + x.shapeText() + "; --dout must have the shape of --input");
        }
        Map<Path, TensorData> outputs = outputs(f, x, d);
        List<Path> created = createFolders(outDir);
        try {
            TensorFiles.writeAll(outputs);
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
        new ComputeSummary(input, x, f, ReluStats.of(x.tensor()), outDir, outputs.keySet())
                .print(spec.commandLine().getOut());
        return 0;
    }

    /** Every output, computed in memory, keyed by the file it goes to. */
    private Map<Path, TensorData> outputs(Activation f, TensorData x, TensorData d) {
        Tensor3 xs = x.tensor();
        DType valueType = x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Map<Path, TensorData> out = new LinkedHashMap<>();
        out.put(outDir.resolve("out.npy"), new TensorData(f.forward(xs), valueType, x.rank()));
        out.put(outDir.resolve("gate.npy"), new TensorData(asTensor(Mask.gate(xs)), DType.BOOL, x.rank()));
        out.put(outDir.resolve("zeroed.npy"), new TensorData(asTensor(Mask.zeroed(xs)), DType.BOOL, x.rank()));
        if (d != null) {
            out.put(outDir.resolve("dx.npy"), new TensorData(f.backward(xs, d.tensor()), valueType, x.rank()));
        }
        return out;
    }

    private static Tensor3 asTensor(Mask m) {
        return Tensor3.generate(m.shape(), i -> m.get(i) ? 1.0 : 0.0);
    }

    /** ReLU or Leaky ReLU: the two whose masks x > 0 and x < 0 mean what the files say. */
    static Activation layerActivation(String spec) {
        Activation f = Activations.parse(spec);
        if (!(f instanceof Relu || f instanceof LeakyRelu)) {
            throw new IllegalArgumentException("--activation must be relu or leaky:SLOPE, got '" + spec + "'");
        }
        return f;
    }

    private static void checkOutputFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out " + dir + " is a file, expected a folder");
        }
    }

    /** Creates the missing folders of {@code dir}, returning those it created, innermost first. */
    private static List<Path> createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(p);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            removeEmpty(missing);
            throw new IOException("cannot create the folder " + dir + ": " + TensorFileException.reasonOf(e), e);
        }
        return missing;
    }

    private static void removeEmpty(List<Path> createdInnermostFirst) {
        for (Path p : createdInnermostFirst) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Not empty or not ours to remove: leaving a folder behind is harmless.
            }
        }
    }
}
