package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import relulab.core.Activation;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.Palette;

/**
 * Draws a {@link WorkbenchFigure} into a PNG file without a window: what {@code relu-lab render}
 * calls. Its methods take and give no JavaFX types, so the command line can use it while
 * knowing nothing of JavaFX; the toolkit is started headless on first use ({@link FxRuntime}).
 */
public final class FigureRenderer {

    private FigureRenderer() {
    }

    /**
     * Renders the workbench figure of (x, dout) under {@code f} and writes it to {@code png},
     * replacing it atomically.
     *
     * @return the picture's width and height in pixels
     */
    public static int[] renderPng(Tensor3 x, Tensor3 dout, Activation f, String caption, double scale, Path png)
            throws Exception {
        BufferedImage image = FxRuntime.call(() -> SwingFXUtils.fromFXImage(
                snapshot(new WorkbenchFigure(x, dout, f, caption, Palette.BLUE_RED, scale)), null));
        PngFiles.write(png, image);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /** Lays the figure out in a scene of its own size and takes its picture; on the FX thread. */
    static WritableImage snapshot(WorkbenchFigure figure) {
        Scene scene = new Scene(figure);
        figure.applyCss();
        figure.layout();
        figure.scaleCells();
        // The grids paint while they are laid out: this pass paints them with their final cells.
        figure.layout();
        return scene.snapshot(null);
    }
}
