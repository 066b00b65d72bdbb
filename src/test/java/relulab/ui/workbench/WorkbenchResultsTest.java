package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;

/** A one-cell update must give exactly what a full recompute gives. */
class WorkbenchResultsTest {

    private static final Shape SHAPE = new Shape(3, 4, 5);
    private static final int EDITS = 2000;
    private static final double[] SPECIAL = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @ParameterizedTest
    @EnumSource(GradientAtZero.class)
    void oneCellUpdateMatchesAFullRecomputeForRandomAndSpecialValues(GradientAtZero atZero) {
        Random random = new Random(11);
        for (ColorScope scope : ColorScope.values()) {
            Tensor3 x = Tensor3.generate(SHAPE, i -> random.nextGaussian());
            Tensor3 dout = Tensor3.generate(SHAPE, i -> random.nextGaussian());
            WorkbenchResults results = WorkbenchResults.compute(x, dout, Relu.of(atZero), scope);
            for (int k = 0; k < EDITS; k++) {
                CellIndex cell = new CellIndex(random.nextInt(3), random.nextInt(4), random.nextInt(5));
                double v = random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : 3 * random.nextGaussian();
                if (random.nextBoolean()) {
                    x = x.with(cell.d(), cell.r(), cell.c(), v);
                } else {
                    dout = dout.with(cell.d(), cell.r(), cell.c(), v);
                }
                results = results.withCell(cell, x, dout);
                WorkbenchResults full = WorkbenchResults.compute(x, dout, Relu.of(atZero), scope);
                assertEquals(full.out(), results.out(), "out after edit " + k);
                assertEquals(full.dx(), results.dx(), "dx after edit " + k);
                assertEquals(full.stats(), results.stats(), "stats after edit " + k);
                assertEquals(full.ranges(), results.ranges(), scope + " ranges after edit " + k);
            }
        }
    }
}
