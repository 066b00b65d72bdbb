package relulab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import relulab.core.Activation;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.app.keep.FigureRenderer;

/**
 * {@code relu-lab render}: the workbench's five grids and their legend as a PNG, for slides,
 * drawn by the window's own grid code on a headless JavaFX — no display is needed.
 *
 * <p>Inputs are read and checked before JavaFX starts, and the picture is written through a
 * temporary file, so a bad input or a failed write leaves nothing behind.
 */
@Command(name = "render",
        sortOptions = false,
        description = {
            "Draws the workbench's five grids (x, out, the cells x < 0, dout, dx) with their",
            "colour legend into a PNG, as the window shows them. Needs no display.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage or a bad input file (one line on stderr, nothing written)"})
public final class RenderCommand implements Callable<Integer> {

    /** The largest scale: 8 × 1280 × 720 is about 59 million pixels already. */
    static final double MAX_SCALE = 8;
    static final double MIN_SCALE = 0.5;

    @Option(names = "--input", required = true, paramLabel = "X",
            description = "the layer's input x: a .npy file (1-D to 4-D) or a .csv file")
    Path input;

    @Option(names = "--dout", paramLabel = "D",
            description = "the upstream gradient, same shape as X (default: all ones)")
    Path dout;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "relu|leaky:SLOPE",
            description = {"relu (the default), or Leaky ReLU with slope", "SLOPE in [0, 1), e.g. leaky:0.01"})
    String activation;

    @Option(names = "--scale", defaultValue = "2", paramLabel = "S",
            description = {"resolution: the picture is S × 1280×720 pixels", "(default 2; 0.5 to 8)"})
    double scale;

    @Option(names = "--out", required = true, paramLabel = "FIG.png", description = "the PNG file to write")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Activation f = ComputeCommand.layerActivation(activation);
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must be 0.5 to 8, got " + scale);
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--out " + out + " must name a .png file");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out) || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + out + (Files.isDirectory(out) ? " is a folder"
                    : ": the folder " + folder + " does not exist"));
        }
        TensorData x = TensorFiles.read(input);
        TensorData d = dout == null ? TensorData.of(Tensor3.generate(x.tensor().shape(), i -> 1.0)) : TensorFiles.read(dout);
        if (!d.tensor().shape().equals(x.tensor().shape())) {
            throw new IllegalArgumentException(dout.getFileName() + " has shape " + d.shapeText() + " but "
                    + input.getFileName() + " has shape " + x.shapeText() + "; --dout must have the shape of --input");
        }
        int[] size = FigureRenderer.renderPng(x.tensor(), d.tensor(), f, input.getFileName().toString(), scale, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d × %d pixels)%n", out, size[0], size[1]);
        return 0;
    }
}
