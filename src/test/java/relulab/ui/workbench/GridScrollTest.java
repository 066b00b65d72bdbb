package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.TensorGrid;

/** A grid gets scroll bars when its content overflows, and only then; they and reveal() scroll it. */
class GridScrollTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;
    private WorkbenchViewModel model;
    private TensorGrid grid;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            windows.stage().setWidth(1024);
            windows.stage().setHeight(700);
            WorkbenchView view = LessonViews.workbench(window);
            model = view.viewModel();
            grid = view.grid(Panel.X);
        });
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
        assertTrue(
                cell.getMaxX() <= grid.getWidth() && cell.getMaxY() <= grid.getHeight() && cell.getMinX() >= 0,
                "the revealed cell is in view: " + cell + " in " + grid.getWidth() + "×" + grid.getHeight());
        assertTrue(bars.stream().allMatch(b -> b.getValue() > 0), "both bars moved");

        robot.interact(model::resetZoom);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scrollBars().stream().noneMatch(ScrollBar::isVisible), "fitted again, the bars hide");
    }

    private List<ScrollBar> scrollBars() {
        return grid.getChildrenUnmodifiable().stream()
                .filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast)
                .toList();
    }
}
