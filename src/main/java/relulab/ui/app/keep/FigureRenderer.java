package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import relulab.core.Activation;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.UiLocale;

/**
 * Draws a {@link WorkbenchFigure} into a PNG file without a window: what {@code relu-lab render}
 * calls. Its methods take and give no JavaFX types, so the command line can use it while
 * knowing nothing of JavaFX; the toolkit is started headless on first use ({@link FxRuntime}).
 * The figure's words are in the language asked for; tensor values keep NumPy's decimal point in
 * every language, as they do in the window.
 */
public final class FigureRenderer {

    /**
     * Bytes a figure holds per cell of its tensor at most: x, dout, out and dx as doubles, and
     * the colour scale's working copy of the magnitudes, with room to spare.
     */
    static final long BYTES_PER_CELL = 48;
    /** Bytes per pixel of the picture: the grids' pixel buffers and images, the snapshot and its copy for ImageIO. */
    static final long BYTES_PER_PIXEL = 24;

    private FigureRenderer() {}

    /** About how many bytes {@link #renderPng} needs beyond its inputs' files for a tensor of {@code cells} cells. */
    public static long memoryFor(long cells, double scale) {
        double pixels = WorkbenchFigure.BASE_WIDTH * WorkbenchFigure.BASE_HEIGHT * scale * scale;
        return cells * BYTES_PER_CELL + (long) (pixels * BYTES_PER_PIXEL);
    }

    /**
     * Renders the workbench figure of (x, dout) under {@code f}, its words in {@code language}, and
     * writes it to {@code png}, replacing it atomically.
     *
     * @return the picture's width and height in pixels
     */
    public static int[] renderPng(
            Tensor3 x, Tensor3 dout, Activation f, String caption, double scale, Locale language, Path png)
            throws Exception {
        BufferedImage image = FxRuntime.call(() -> inLanguage(
                language,
                () -> SwingFXUtils.fromFXImage(
                        snapshot(new WorkbenchFigure(x, dout, f, caption, Palette.BLUE_RED, scale)), null)));
        PngFiles.write(png, image);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /**
     * Does {@code work} (on the FX thread) with its words looked up in {@code language}; the
     * program's language is as before afterwards.
     */
    static <T> T inLanguage(Locale language, Supplier<T> work) {
        Locale before = UiLocale.current();
        UiLocale.set(language);
        try {
            return work.get();
        } finally {
            UiLocale.set(before);
        }
    }

    /** Lays the figure out in a scene of its own size and takes its picture; on the FX thread. */
    static WritableImage snapshot(WorkbenchFigure figure) {
        Scene scene = new Scene(figure);
        figure.applyCss();
        figure.layout();
        figure.noteValues();
        figure.applyCss();
        // The note may take a line from the grids: this pass lays them out and paints them as they end up.
        figure.layout();
        return scene.snapshot(null);
    }
}
