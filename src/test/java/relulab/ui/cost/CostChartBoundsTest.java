package relulab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.cost.BenchKernel;
import relulab.cost.BenchReport;
import relulab.cost.BenchResult;
import relulab.testsupport.LabWindows;
import relulab.ui.state.DisplaySettings;

/**
 * The cost chart keeps every label and every whisker inside itself whatever was measured: a
 * round a thousand times slower than the median, a kernel a million times slower than the copy,
 * every member shown, at 1024×700.
 */
class CostChartBoundsTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** Every kernel; the odd ones with a round 1000× slower, GELU backward 10⁶× slower than the copy. */
    private static BenchReport extreme() {
        List<BenchResult> results = new ArrayList<>();
        int i = 0;
        for (BenchKernel k : BenchKernel.values()) {
            double ns = k == BenchKernel.GELU_BACKWARD ? 5e5 : 0.5 + i;
            double slowest = i % 2 == 1 ? 1000 * ns : ns;
            results.add(new BenchResult(k.label(), ns, k.bytesPerElement() / ns, ns / 2, slowest));
            i++;
        }
        return new BenchReport(1 << 16, results);
    }

    @Test
    void labelsAndWhiskersStayInsideTheChartAtAnyResultWithEveryMemberShown(FxRobot robot) {
        CostViewModel model =
                new CostViewModel(Runnable::run, Runnable::run, new relulab.cost.BenchRunner(0, 1), new ReportMemory() {
                    @Override
                    public Optional<BenchReport> recall() {
                        return Optional.of(extreme());
                    }

                    @Override
                    public void remember(BenchReport report) {}
                });
        windows.start(stage -> {
            stage.setScene(new Scene(new CostView(model, new DisplaySettings()), 1024, 700));
            stage.show();
        });
        robot.interact(
                () -> CostViewModel.MEMBERS.forEach(m -> model.shownProperty(m).set(true)));
        for (CostMetric metric : CostMetric.values()) {
            robot.interact(() -> model.metricProperty().set(metric));
            robot.interact(() -> windows.stage().getScene().getRoot().layout());
            WhiskerBarChart chart = robot.lookup("#cost-chart").queryAs(WhiskerBarChart.class);
            assertEquals(
                    BenchKernel.values().length,
                    chart.getData().get(0).getData().size());
            Node plot = chart.lookup(".chart-plot-background");
            Bounds area = plot.localToScene(plot.getBoundsInLocal());
            for (Node n : chart.lookupAll(".whisker")) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                double stroke = ((Line) n).getStrokeWidth();
                assertTrue(
                        b.getMinX() >= area.getMinX() - stroke && b.getMaxX() <= area.getMaxX() + stroke,
                        metric + ": whisker " + b + " outside the plot " + area);
            }
            CategoryAxis axis = (CategoryAxis) chart.getYAxis();
            long shown = axis.getChildrenUnmodifiable().stream()
                    .filter(c -> c instanceof javafx.scene.text.Text && c.isVisible())
                    .count();
            assertEquals(BenchKernel.values().length, shown, metric + ": every category label shows");
        }
    }
}
