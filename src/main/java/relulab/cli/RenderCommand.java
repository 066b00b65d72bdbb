package relulab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import relulab.core.Activation;
import relulab.core.Tensor3;
import relulab.io.MessageText;
import relulab.io.OutputSet;
import relulab.io.TensorData;
import relulab.io.TensorFileException;
import relulab.io.TensorFiles;
import relulab.io.TensorSource;
import relulab.ui.app.keep.FigureRenderer;
import relulab.ui.shared.text.UiLocale;

/**
 * {@code relu-lab render}: the workbench's five grids and their legend as a PNG, for slides,
 * drawn by the window's own grid code on a headless JavaFX — no display is needed.
 *
 * <p>The figure's words are in the language of {@code --locale} (default: {@code -Drelulab.locale},
 * else the system's); the command's own messages stay English, for scripts.
 *
 * <p>Inputs are read and checked before JavaFX starts, after the memory the figure needs has been
 * estimated ({@link MemoryBudget}, {@link FigureRenderer#memoryFor}), and the picture is written
 * through a temporary file, so a bad input, too little memory or a failed write leaves nothing
 * behind and says so in one line.
 */
public final class RenderCommand extends CliCommand {

    /** The largest scale: 8 × 1280 × 720 is about 59 million pixels already. */
    static final double MAX_SCALE = 8;

    static final double MIN_SCALE = 0.5;

    RenderCommand() {
        super(
                "render",
                "Draws the workbench's grids for a tensor file into a PNG",
                List.of(
                        "Draws the workbench's five grids (x, out, the cells x < 0, dout, dx) with their",
                        "colour legend into a PNG, as the window shows them. Needs no display."),
                List.of(
                        ComputeCommand.INPUT,
                        Opt.value("--dout", "D", "the upstream gradient, same shape as X (default: all ones)"),
                        ComputeCommand.FAMILY,
                        ComputeCommand.GRADIENT_AT_ZERO,
                        Opt.value(
                                        "--scale",
                                        "S",
                                        "resolution: the picture is S × 1280×720 pixels (default {default};"
                                                + " 0.5 to 8)")
                                .withDefault("2"),
                        Opt.value(
                                "--locale",
                                "TAG",
                                "the language of the figure's words, e.g. pt-BR, es, zh-CN"
                                        + " (default: the system's)"),
                        Opt.value("--out", "FIG.png", "the PNG file to write").required()),
                ComputeCommand.EXIT_CODES);
    }

    @Override
    int run(Args args, PrintWriter console, PrintWriter err) throws Exception {
        Path input = args.path("--input");
        Path dout = args.path("--dout");
        Path out = args.path("--out");
        double scale = args.number("--scale");
        String tag = args.text("--locale");
        Locale language = tag == null ? UiLocale.current() : Locale.forLanguageTag(tag.trim());
        if (language.getLanguage().isEmpty()) {
            throw new IllegalArgumentException(
                    "--locale must be a language tag such as pt-BR, es or zh-CN, got " + MessageText.quote(tag));
        }
        Activation f = ComputeCommand.activation(args);
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("--scale must be 0.5 to 8, got " + scale);
        }
        String named = MessageText.quote(out.toString());
        if (out.getFileName() == null || Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + named + " is a folder; name a .png file in it");
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--out " + named + " must name a .png file");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "--out " + named + ": the folder " + MessageText.quote(folder.toString()) + " does not exist");
        }
        String what = MessageText.quote(input.getFileName().toString());
        MemoryBudget.require(
                TensorFiles.memoryToOpen(input) + (dout == null ? 0 : TensorFiles.memoryToOpen(dout)),
                "reading " + what);
        long cells;
        try (TensorSource source = TensorFiles.open(input)) {
            cells = source.shape().size();
        }
        MemoryBudget.require(FigureRenderer.memoryFor(cells, scale), "drawing " + what);
        TensorData x = TensorFiles.read(input);
        TensorData d =
                dout == null ? TensorData.of(Tensor3.generate(x.tensor().shape(), i -> 1.0)) : TensorFiles.read(dout);
        if (!d.tensor().shape().equals(x.tensor().shape())) {
            throw ComputeCommand.notTheShapeOfInput(dout, d.shapeText(), input, x.shapeText());
        }
        int[] size;
        try (TerminalProgress progress = TerminalProgress.onStderr(
                "render", String.format(Locale.ROOT, "drawing %s at scale %s", what, scale), err)) {
            progress.showTimeSoFar();
            size = draw(x.tensor(), d.tensor(), f, input.getFileName().toString(), scale, language, out);
        }
        console.printf(Locale.ROOT, "wrote %s (%d × %d pixels)%n", named, size[0], size[1]);
        return 0;
    }

    /**
     * Draws the figure into {@code out}, through a hidden file beside it whose bytes become
     * {@code out} only when the drawing is whole ({@link OutputSet}: all or nothing, and a
     * replaced PNG keeps its mode). JavaFX's renderer thread does not throw what goes wrong
     * there: it prints it on stderr and the snapshot comes back blank. So stderr is listened to
     * while the figure is drawn, and an {@link OutOfMemoryError} printed there is thrown here,
     * to be worded as any other ({@link MemoryBudget#outOfMemory}) with no picture left behind.
     */
    private static int[] draw(
            Tensor3 x, Tensor3 dout, Activation f, String caption, double scale, Locale language, Path out)
            throws Exception {
        // A short name: the user's may already be as long as the file system allows.
        Path drawing = out.toAbsolutePath()
                .resolveSibling(".relu-lab-" + ProcessHandle.current().pid() + ".drawing.png");
        PrintStream stderr = System.err;
        ByteArrayOutputStream reported = new ByteArrayOutputStream();
        System.setErr(new PrintStream(reported, true, StandardCharsets.UTF_8));
        try {
            int[] size = FigureRenderer.renderPng(x, dout, f, caption, scale, language, drawing);
            String said = reported.toString(StandardCharsets.UTF_8);
            if (said.contains(OutOfMemoryError.class.getName())) {
                throw new OutOfMemoryError("the renderer ran out of memory");
            }
            // Anything else JavaFX says is the user's to read, as it would be without listening.
            stderr.print(said);
            try (OutputSet set = new OutputSet()) {
                FileChannel staged = set.stage(out);
                try (OutputStream to = Channels.newOutputStream(staged)) {
                    Files.copy(drawing, to);
                } catch (IOException e) {
                    throw new TensorFileException(out, "cannot be written: " + TensorFileException.reasonOf(e), e);
                }
                set.commit();
            }
            return size;
        } finally {
            System.setErr(stderr);
            Files.deleteIfExists(drawing);
        }
    }
}
