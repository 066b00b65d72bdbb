package relulab.bench.workbench;

import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.stage.Stage;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.workbench.Target;
import relulab.ui.workbench.WorkbenchViewModel;

/**
 * A development launcher that opens the real main window at a given size, to look at it
 * (for instance under Xvfb, with {@code import -window root shot.png}).
 *
 * <p>Arguments: {@code WIDTH HEIGHT [D H W] [presentation] [hover] [contrast] [lesson=ID]}; with a
 * shape, x and dout are filled with seeded normal values of that shape first; {@code hover} frames
 * cell [0,1,1] as if the mouse were on it, so its story shows; {@code contrast} switches to the
 * high-contrast theme; {@code lesson=ID} opens that lesson's tab (the README's screenshots).
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) relulab.bench.workbench.WorkbenchWindow 1280 800}
 */
public final class WorkbenchWindow {

    private WorkbenchWindow() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow();
            window.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(args[0]));
            stage.setHeight(Double.parseDouble(args[1]));
            WorkbenchViewModel model = LessonViews.workbench(window).viewModel();
            if (args.length >= 5 && args[2].chars().allMatch(Character::isDigit)) {
                Shape shape =
                        new Shape(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
                Random random = new Random(1);
                model.load(Target.X, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
                model.load(Target.DOUT, "random", Tensor3.generate(shape, i -> random.nextGaussian()));
            }
            List<String> flags = List.of(args);
            window.display().presentationProperty().set(flags.contains("presentation"));
            if (flags.contains("hover")) {
                model.hoverProperty().set(new CellIndex(0, 1, 1));
            }
            window.useHighContrast(flags.contains("contrast"));
            flags.stream()
                    .filter(f -> f.startsWith("lesson="))
                    .findFirst()
                    .ifPresent(f -> window.openLesson(f.substring("lesson=".length())));
        });
    }
}
