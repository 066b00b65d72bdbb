package relulab.io.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.GradientAtZero;
import relulab.core.Relu;
import relulab.core.Shape;
import relulab.core.Tensor3;

class LiteralLanguageTest {

    /** x[d, r, c] = d*100 + r*10 + c, with the special values in slice 1. */
    private static final Tensor3 SMALL = Tensor3.of(new Shape(2, 2, 2), new double[] {
        0, 1, 10, 11, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
    });

    @Test
    void numpyLiteralNestsSlicesRowsAndColumnsInReluLabOrder() {
        assertEquals("""
                x = np.array([  # shape (D, H, W) = (2, 2, 2)
                    [[0.0, 1.0],
                     [10.0, 11.0]],
                    [[np.nan, np.inf],
                     [-np.inf, -0.0]],
                ])
                """, LiteralLanguage.PYTHON.assign("x", SMALL));
    }

    @Test
    void matlabLiteralPutsTheSliceIndexLast() {
        assertEquals("""
                % x(r, c, d) is ReLU Lab's x[d-1, r-1, c-1]; size [H W D]
                x = zeros(2, 2, 2);
                x(:, :, 1) = [
                    0.0, 1.0
                    10.0, 11.0
                ];
                x(:, :, 2) = [
                    NaN, Inf
                    -Inf, -0.0
                ];
                """, LiteralLanguage.MATLAB.assign("x", SMALL));
    }

    @Test
    void tensorsOverTheLimitAreRefusedWithTheirSize() {
        Tensor3 big = Tensor3.zeros(new Shape(2, 64, 33));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> LiteralLanguage.PYTHON.assign("x", big));
        assertEquals("a tensor of shape (2, 64, 33) has 4224 values, too many to print (at most 4096)", e.getMessage());
    }

    @Test
    void codeFollowsTheChosenGradientAtZero() {
        assertTrue(ChapterCode.code(LiteralLanguage.PYTHON, Relu.of(GradientAtZero.ONE))
                .contains("dx = np.where(x >= 0, dout, 0.0)"));
        assertTrue(ChapterCode.code(LiteralLanguage.MATLAB, Relu.of(GradientAtZero.HALF))
                .contains("dx(kink) = 0.5 * dout(kink);"));
        assertTrue(ChapterCode.code(LiteralLanguage.PYTHON, Relu.of(GradientAtZero.ZERO))
                .contains("dx = np.where(x > 0, dout, 0.0)"));
    }
}
