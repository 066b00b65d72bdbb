package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.TensorGrid;

/** A grid gets scroll bars when its content overflows, and only then; they and reveal() scroll it. */
@ExtendWith(ApplicationExtension.class)
class GridScrollTest {

    private MainWindow window;
    private WorkbenchViewModel model;
    private TensorGrid grid;

    @Start
    void start(Stage stage) {
        window = new MainWindow();
        window.show(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
        WorkbenchView view = LessonViews.workbench(window);
        model = view.viewModel();
        grid = view.grid(Panel.X);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aGridThatFitsHasNoScrollBarsAndAnOverflowingOneGetsThemAndScrolls(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), scrollBars(), "the opening 3×4×4 tensor fits its grids");

        robot.interact(() -> {
            model.load(Target.X, "big", Tensor3.generate(new Shape(1, 40, 40), i -> i));
            for (int i = 0; i < 12; i++) {
                model.zoomIn();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<ScrollBar> bars = scrollBars();
        assertEquals(2, bars.size(), "one bar along each overflowing axis");
        assertTrue(bars.stream().allMatch(ScrollBar::isVisible));

        CellIndex last = new CellIndex(0, 39, 39);
        robot.interact(() -> grid.reveal(last));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds cell = grid.cellBounds(last).orElseThrow();
        assertTrue(cell.getMaxX() <= grid.getWidth() && cell.getMaxY() <= grid.getHeight() && cell.getMinX() >= 0,
                "the revealed cell is in view: " + cell + " in " + grid.getWidth() + "×" + grid.getHeight());
        assertTrue(bars.stream().allMatch(b -> b.getValue() > 0), "both bars moved");

        robot.interact(model::resetZoom);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scrollBars().stream().noneMatch(ScrollBar::isVisible), "fitted again, the bars hide");
    }

    private List<ScrollBar> scrollBars() {
        return grid.getChildrenUnmodifiable().stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .toList();
    }
}
