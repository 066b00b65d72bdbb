package relulab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.ReluStats;
import relulab.io.MessageText;
import relulab.io.OutputSet;
import relulab.io.TensorFileException;
import relulab.io.TensorFiles;
import relulab.io.TensorSource;

/**
 * {@code relu-lab compute}: one activation layer (ReLU by default, or any member of
 * {@link Activations#all()}), forward, local slope and (with a dout) backward, on tensor files.
 *
 * <p>The inputs' headers are checked before anything is written, and the memory of those that
 * must be read whole (CSV, Fortran order) is estimated before they are read
 * ({@link MemoryBudget}). The layer is then streamed through the files ({@link LayerPass}):
 * chunks of x and dout are read and their results written to temporary files, which an
 * {@link OutputSet} puts in place together: a bad input, a file that shrinks while it is read
 * or a failed write leaves the output folder as it was, and a run without {@code --dout}
 * removes an earlier {@code dx.npy} in the same step.
 */
public final class ComputeCommand extends CliCommand {

    /** The exit codes of the commands that write files. */
    static final List<String> EXIT_CODES = List.of(
            "Exit codes:", "  0   done", "  2   bad usage or a bad input file (one line on stderr, nothing written)");

    /** The layer's input, as compute and render take it. */
    static final Opt INPUT = Opt.value("--input", "X", "the layer's input x: a .npy file (1-D to 4-D) or a .csv file")
            .required();
    /** The layer's activation, as compute and render take it: any member of the family ({@link Activations#parse}). */
    static final Opt FAMILY = Opt.value(
                    "--activation",
                    "F",
                    "relu (the default), leaky:A (Leaky ReLU, slope A in [0, 1); leaky is leaky:0.01),"
                            + " elu:A (ELU, alpha A > 0; elu is elu:1), gelu, gelu:tanh (its tanh approximation),"
                            + " silu, softplus, sigmoid or tanh")
            .withDefault("relu");
    /** ReLU's choice at its kink. */
    static final Opt GRADIENT_AT_ZERO = Opt.value(
                    "--gradient-at-zero", "G", "ReLU'(0), the slope of relu at exactly 0: 0 (the default), 0.5 or 1")
            .withDefault("0");

    ComputeCommand() {
        super(
                "compute",
                "Runs an activation layer on a tensor file and writes its results",
                List.of(
                        "Runs an activation layer f (ReLU by default) on a tensor file (.npy or .csv) and writes"
                                + " into DIR:",
                        "  out.npy     the forward pass, f(x): max(0, x) for ReLU",
                        "  gate.npy    x > 0, the cells where ReLU passes the gradient (bool)",
                        "  zeroed.npy  x < 0, the cells that ReLU sets to zero (bool)",
                        "  slope.npy   the local slope f'(x), the factor dx = f'(x) dout takes from x",
                        "  dx.npy      the backward pass, f'(x) dout (only with --dout)",
                        "float32 input gives float32 out, slope and dx, other inputs float64; outputs keep the"
                                + " input's shape. Prints the shape and the cells below zero per channel."),
                List.of(
                        INPUT,
                        Opt.value("--dout", "D", "the upstream gradient, same shape as X (gives dx.npy)"),
                        Opt.value("--out", "DIR", "the folder to write into (created if missing)")
                                .required(),
                        FAMILY,
                        GRADIENT_AT_ZERO),
                EXIT_CODES);
    }

    @Override
    int run(Args args, PrintWriter out, PrintWriter err) throws IOException {
        Path input = args.path("--input");
        Path dout = args.path("--dout");
        Path outDir = args.path("--out");
        Activation f = activation(args);
        checkOutputFolder(outDir);
        long memory = TensorFiles.memoryToOpen(input) + (dout == null ? 0 : TensorFiles.memoryToOpen(dout));
        MemoryBudget.require(
                memory,
                "reading " + MessageText.quote(input.getFileName().toString())
                        + (dout == null
                                ? ""
                                : " and " + MessageText.quote(dout.getFileName().toString())));
        List<TensorSource> opened = TensorFiles.openAll(dout == null ? List.of(input) : List.of(input, dout));
        try (TensorSource x = opened.get(0);
                TensorSource d = dout == null ? null : opened.get(1)) {
            if (d != null && !Arrays.equals(x.dims(), d.dims())) {
                throw notTheShapeOfInput(dout, d.shapeText(), input, x.shapeText());
            }
            List<Path> created = createFolders(outDir);
            ReluLabCommand.writingFiles();
            try (OutputSet set = new OutputSet()) {
                if (d == null) {
                    set.removeIfPresent(outDir.resolve("dx.npy"));
                }
                LayerPass pass = new LayerPass(set, outDir, f, x, d, LayerPass.CHUNK);
                ReluStats stats;
                try (TerminalProgress progress = TerminalProgress.onStderr("compute", "cells", err)) {
                    long cells = x.shape().size();
                    stats = pass.run(done -> progress.update(done, cells));
                    set.commit();
                }
                new ComputeSummary(input, x, f, stats, outDir, pass.files()).print(out);
            } catch (IOException | RuntimeException e) {
                removeEmpty(created);
                throw e;
            }
        }
        return 0;
    }

    /** The refusal of a {@code --dout} whose shape is not the input's, as compute and render say it. */
    static IllegalArgumentException notTheShapeOfInput(Path dout, String doutShape, Path input, String inputShape) {
        return new IllegalArgumentException(MessageText.quote(dout.getFileName().toString()) + " has shape "
                + doutShape + " but " + MessageText.quote(input.getFileName().toString()) + " has shape "
                + inputShape + "; --dout must have the shape of --input");
    }

    /** The activation of {@code --activation}, with the {@code --gradient-at-zero} given. */
    static Activation activation(Args args) {
        return withGradientAtZero(ActivationOption.parse(args.text("--activation")), args);
    }

    /** {@code f} with the {@code --gradient-at-zero} given, which only ReLU takes. */
    private static Activation withGradientAtZero(Activation f, Args args) {
        double g = args.number("--gradient-at-zero");
        for (GradientAtZero choice : GradientAtZero.values()) {
            if (choice.slope() == g) {
                if (choice != GradientAtZero.ZERO && !f.hasChoiceAtZero()) {
                    throw new UsageError(
                            "--gradient-at-zero is ReLU's choice at its kink; " + f + " has a slope of its own at 0");
                }
                return f.withGradientAtZero(choice);
            }
        }
        throw new UsageError(
                "--gradient-at-zero: " + MessageText.quote(args.text("--gradient-at-zero")) + " is not 0, 0.5 or 1");
    }

    private static void checkOutputFolder(Path dir) {
        if (dir.toString().isEmpty()) {
            throw new IllegalArgumentException("--out is empty; name the folder to write into (. for this one)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(
                    "--out " + MessageText.quote(dir.toString()) + " is a file, expected a folder");
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
            throw new IOException(
                    "cannot create the folder " + MessageText.quote(dir.toString()) + ": "
                            + TensorFileException.reasonOf(e),
                    e);
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
