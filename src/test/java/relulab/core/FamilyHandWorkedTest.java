package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A few values of each new member worked by hand (the arithmetic in the comments; digits from a
 * table or a 30-digit calculator), and the edges: ±0, ±∞, NaN, subnormals and large |x|, where
 * nothing may overflow.
 */
// The hand-worked values keep the digits worked out by hand; each rounds to the double it names.
@SuppressWarnings("FloatingPointLiteralPrecision")
class FamilyHandWorkedTest {

    /** Two units in the last place of a value near v. */
    private static double ulps2(double v) {
        return 2 * Math.ulp(v);
    }

    private static void assertNear(double expected, double actual) {
        assertEquals(expected, actual, ulps2(expected), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void eluFollowsTheIdentityAboveZeroAndSaturatesTowardsMinusAlphaBelow() {
        Elu elu = new Elu(1.0);
        // ELU(2) = 2, slope 1; ELU(−1) = e^−1 − 1 = 0.36787944117144232 − 1 = −0.63212055882855768,
        // slope e^−1 = 0.36787944117144232.
        assertEquals(2.0, elu.forward(2.0));
        assertEquals(1.0, elu.slope(2.0));
        assertNear(-0.63212055882855768, elu.forward(-1.0));
        assertNear(0.36787944117144232, elu.slope(-1.0));
        // At 0 the slope is α·e^0 = α, PyTorch's choice; with α = 0.5 the limit at −∞ is −0.5.
        Elu half = new Elu(0.5);
        assertEquals(0.5, half.slope(0.0));
        assertEquals(-0.5, half.forward(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, half.slope(Double.NEGATIVE_INFINITY));
        // Near 0, ELU(x) = x·(1 + x/2 + …): −1e-10 → −0.99999999995e-10; −0.0 keeps its sign.
        assertNear(-0.99999999995e-10, elu.forward(-1e-10));
        Bits.assertSameBits(-0.0, elu.forward(-0.0));
        Bits.assertSameBits(-Double.MIN_VALUE, elu.forward(-Double.MIN_VALUE));
    }

    @Test
    void geluWeightsEachInputByTheNormalDistributionBelowIt() {
        Gelu gelu = Gelu.EXACT;
        // Φ(1) = 0.84134474606854295, φ(1) = e^−½/√(2π) = 0.24197072451914335:
        // GELU(1) = 1·Φ(1); GELU'(1) = Φ(1) + 1·φ(1) = 1.0833154705876863.
        assertNear(0.84134474606854295, gelu.forward(1.0));
        assertNear(1.0833154705876863, gelu.slope(1.0));
        // GELU(−1) = −Φ(−1) = −(1 − Φ(1)) = −0.15865525393145705; GELU'(−1) = Φ(−1) − φ(1) = −0.083315470587686298.
        assertNear(-0.15865525393145705, gelu.forward(-1.0));
        assertNear(-0.083315470587686298, gelu.slope(-1.0));
        // The tail: GELU(−10) = −10·Φ(−10) = −10·7.6198530241605261e-24, where 1 + erf(−10/√2) is 0.
        assertNear(-7.6198530241605261e-23, gelu.forward(-10.0));
        Bits.assertSameBits(-0.0, gelu.forward(-40.0));
        Bits.assertSameBits(-0.0, gelu.forward(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, gelu.slope(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, gelu.forward(Double.POSITIVE_INFINITY));
        assertEquals(1.0, gelu.slope(Double.POSITIVE_INFINITY));
        assertEquals(1e300, gelu.forward(1e300));
        // At 0: GELU(±0) = ±0·½, slope Φ(0) = ½.
        Bits.assertSameBits(-0.0, gelu.forward(-0.0));
        assertEquals(0.5, gelu.slope(0.0));
    }

    @Test
    void geluTanhApproximationIsCloseToTheExactOne() {
        Gelu approx = Gelu.TANH;
        // u = √(2/π)(1 + 0.044715) = 0.79788456080286536·1.044715 = 0.83356196893916553,
        // tanh(u) = 0.68238398121655344, ½(1 + tanh u) = 0.84119199060827672 = GELU≈(1);
        // slope = 0.84119199060827672 + ½(1 − tanh²u)·√(2/π)(1 + 3·0.044715) = 1.0829640838457826.
        assertNear(0.84119199060827672, approx.forward(1.0));
        assertNear(1.0829640838457826, approx.slope(1.0));
        assertEquals(Gelu.EXACT.forward(1.0), approx.forward(1.0), 3e-4);
        Bits.assertSameBits(-0.0, approx.forward(-1e200));
        Bits.assertSameBits(-0.0, approx.forward(Double.NEGATIVE_INFINITY));
        assertEquals(1e200, approx.forward(1e200));
    }

    @Test
    void siluGatesTheInputByItsOwnSigmoid() {
        Silu silu = Silu.INSTANCE;
        // σ(1) = 1/(1 + e^−1) = 0.73105857863000488: SiLU(1) = σ(1);
        // SiLU'(1) = σ(1)(1 + 1·(1 − σ(1))) = 0.73105857863000488·1.26894142136999512 = 0.92767051187148673.
        assertNear(0.73105857863000488, silu.forward(1.0));
        assertNear(0.92767051187148673, silu.slope(1.0));
        // SiLU(−1000) = −1000/(1 + e^1000) ≈ −5e-432: −0.0, not −1000/∞ = NaN or an overflow.
        Bits.assertSameBits(-0.0, silu.forward(-1000.0));
        Bits.assertSameBits(-0.0, silu.forward(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, silu.slope(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, silu.slope(Double.POSITIVE_INFINITY));
        assertEquals(1000.0, silu.forward(1000.0));
        assertEquals(0.5, silu.slope(-0.0));
    }

    @Test
    void softplusIsASmoothReluThatTurnsLinearAboveTwenty() {
        Softplus softplus = Softplus.INSTANCE;
        // Softplus(0) = ln 2 = 0.69314718055994531, slope σ(0) = ½.
        assertNear(0.69314718055994531, softplus.forward(0.0));
        assertEquals(0.5, softplus.slope(0.0));
        // Above 20 it is x itself (PyTorch's threshold): 1000 → 1000, not ln(1 + e^1000) = ∞.
        assertEquals(1000.0, softplus.forward(1000.0));
        assertEquals(1.0, softplus.slope(20.5));
        // At 20 itself, ln(1 + e^20) = 20 + ln(1 + e^−20) = 20.000000002061154.
        assertNear(20.000000002061154, softplus.forward(20.0));
        // ln(1 + e^x) ≈ e^x far left: e^−700 = 9.8596765437597708e-305; and 0 at −∞.
        assertNear(9.8596765437597708e-305, softplus.forward(-700.0));
        assertEquals(0.0, softplus.forward(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, softplus.slope(Double.NEGATIVE_INFINITY));
    }

    @Test
    void nanStaysNanInEveryMemberForwardSlopeAndBackward() {
        for (Activation f : new Activation[] {new Elu(1.0), Gelu.EXACT, Gelu.TANH, Silu.INSTANCE, Softplus.INSTANCE}) {
            assertTrue(Double.isNaN(f.forward(Double.NaN)), f.name());
            assertTrue(Double.isNaN(f.slope(Double.NaN)), f.name());
            assertTrue(Double.isNaN(f.backward(Double.NaN, 1.0)), f.name());
        }
    }
}
