package relulab.ui.app.keep;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.shared.text.Messages;

/**
 * What leaves the window besides sessions: pictures (PNG files or the clipboard) of a tab, a
 * chart or a grid, the layer's results as tensor files, and the charts' numbers as CSV.
 * Pictures and numbers are taken on the FX thread; files are written on the keeper's I/O thread.
 */
final class Exports {

    private static final Messages WORDS = Messages.of(Exports.class);

    private final KeepWindow keep;

    Exports(KeepWindow keep) {
        this.keep = keep;
    }

    /** Right-click on a chart or a grid: a picture of it, or a chart's numbers. */
    void installContextMenu(Scene scene) {
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Node picked = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
            Node subject = Pictures.subjectAt(picked);
            if (subject == null) {
                return;
            }
            MenuItem png = new MenuItem(WORDS.get("picture.export"));
            png.setOnAction(a -> exportPicture(subject, Pictures.DEFAULT_SCALE));
            MenuItem copy = new MenuItem(WORDS.get("picture.copy"));
            copy.setOnAction(a -> copyPicture(subject));
            ContextMenu menu = new ContextMenu(png, copy);
            if (subject instanceof XYChart<?, ?> chart) {
                MenuItem csv = new MenuItem(WORDS.get("picture.chart.data"));
                csv.setOnAction(a -> saveChartData(List.of(chart), "chart"));
                menu.getItems().add(csv);
            }
            menu.setId("picture-menu");
            menu.show(subject, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The picture of {@code subject} (a tab's view, a chart, a grid's panel with the legend). */
    BufferedImage picture(Node subject, double scale) {
        Node view = keep.workspace().shownView();
        return subject == view
                ? Pictures.of(subject, scale)
                : Pictures.withLegend(subject, view instanceof Parent p ? p : null, scale);
    }

    /** Asks for a PNG file and writes the picture of {@code subject} there. */
    void exportPicture(Node subject, double scale) {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.get("chooser.export.picture"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.png"), "*.png"));
        chooser.setInitialFileName(keep.workspace().shownLesson() + ".png");
        File file = keep.choosers().remember(chooser.showSaveDialog(keep.stage()));
        if (file != null) {
            Path p = file.toPath();
            writePicture(
                    subject,
                    scale,
                    p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                            ? p
                            : p.resolveSibling(p.getFileName() + ".png"));
        }
    }

    /** Writes the picture of {@code subject} to {@code file} in the background. */
    Task<Void> writePicture(Node subject, double scale, Path file) {
        BufferedImage image = picture(subject, scale);
        return write(
                file,
                () -> PngFiles.write(file, image),
                WORDS.format(
                        "status.picture.saved",
                        String.valueOf(image.getWidth()),
                        String.valueOf(image.getHeight()),
                        FileTrouble.name(file)));
    }

    /** Puts the picture of {@code subject} on the clipboard. */
    void copyPicture(Node subject) {
        BufferedImage image = picture(subject, Pictures.DEFAULT_SCALE);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(image, null));
        Clipboard.getSystemClipboard().setContent(content);
        keep.say(WORDS.format(
                "status.picture.copied", String.valueOf(image.getWidth()), String.valueOf(image.getHeight())));
    }

    /** Asks for a file and saves one of the layer's results there, as .npy or .csv. */
    void saveResult(Results result) {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.format("chooser.save.result", result.fileName()),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.npy"), "*.npy"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.csv"), "*.csv"));
        chooser.setInitialFileName(result.fileName() + ".npy");
        File file = keep.choosers().remember(chooser.showSaveDialog(keep.stage()));
        if (file != null) {
            writeResult(result, file.toPath());
        }
    }

    /** Computes {@code result} from the state now and writes it to {@code file} in the background. */
    Task<Void> writeResult(Results result, Path file) {
        var snapshot = keep.workspace().state().snapshot();
        DType xType = keep.mapping().dtypeOf(snapshot.x());
        TensorData data = result.of(snapshot, xType);
        return write(
                file,
                () -> TensorFiles.write(file, data),
                WORDS.format("status.result.saved", result.fileName(), data.shapeText(), FileTrouble.name(file)));
    }

    /** Asks for a CSV file and saves the numbers of every chart of the lesson shown. */
    void saveShownChartData() {
        List<XYChart<?, ?>> charts = ChartData.chartsIn(keep.workspace().shownView());
        if (charts.isEmpty()) {
            keep.say(WORDS.get("status.no.chart"));
            return;
        }
        saveChartData(charts, keep.workspace().shownLesson());
    }

    private void saveChartData(List<XYChart<?, ?>> charts, String name) {
        FileChooser chooser = keep.choosers()
                .chooser(
                        WORDS.get("chooser.save.chart"),
                        new FileChooser.ExtensionFilter(WORDS.get("filter.chart"), "*.csv"));
        chooser.setInitialFileName(name + ".csv");
        File file = keep.choosers().remember(chooser.showSaveDialog(keep.stage()));
        if (file != null) {
            writeChartData(charts, file.toPath());
        }
    }

    /** Writes the charts' points to {@code file} in the background. */
    Task<Void> writeChartData(List<XYChart<?, ?>> charts, Path file) {
        String csv = ChartData.csv(charts);
        long rows = csv.lines().count() - 1;
        return write(
                file,
                () -> ChartData.write(file, csv),
                WORDS.format("status.chart.saved", String.valueOf(rows), FileTrouble.name(file)));
    }

    /** A file written on the I/O thread. */
    @FunctionalInterface
    private interface Writing {
        void run() throws Exception;
    }

    private Task<Void> write(Path file, Writing writing, String done) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                writing.run();
                return null;
            }
        };
        task.setOnSucceeded(e -> keep.say(done));
        task.setOnFailed(e -> keep.refuse(FileTrouble.of(file, task.getException())));
        keep.io().execute(task);
        return task;
    }
}
