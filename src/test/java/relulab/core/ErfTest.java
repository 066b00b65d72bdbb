package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.io.TensorFiles;
import relulab.io.TestFiles;

/**
 * {@link Erf} against mpmath: erf and erfc at 60 digits rounded once to double, from
 * {@code src/test/resources/golden/make_family_golden.py} — edge values, fdlibm's breakpoints
 * (0.84375, 1.25, 1/0.35, 6, 28) with four neighbours on each side, and about 16,000 random points
 * of both signs, small, moderate and up to 30 in magnitude.
 */
class ErfTest {

    /** fdlibm's rational approximations promise less than one ulp for erf; measured: 1. */
    private static final long ERF_ULPS = 1;
    /**
     * erfc on [1, 1.25] is {@code (1 − c) − P₁/Q₁}, a difference of two values of its own size, so
     * the rounding of P₁/Q₁ and of the difference can add up to just over one ulp; measured: 2.
     */
    private static final long ERFC_ULPS = 2;

    private static Tensor3 golden(String name) throws IOException {
        return TensorFiles.read(TestFiles.golden("erf/" + name + ".npy")).tensor();
    }

    @Test
    void erfIsWithinOneUlpOfMpmath() throws IOException {
        assertWithinUlps(golden("erf"), false, ERF_ULPS);
    }

    @Test
    void erfcIsWithinTwoUlpsOfMpmathAlsoInTheTailWhereOneMinusErfWouldCancel() throws IOException {
        assertWithinUlps(golden("erfc"), true, ERFC_ULPS);
    }

    private static void assertWithinUlps(Tensor3 expected, boolean complement, long maxUlps) throws IOException {
        Tensor3 x = golden("x");
        long worst = 0;
        for (int i = 0; i < x.size(); i++) {
            double v = x.get(i);
            double actual = complement ? Erf.erfc(v) : Erf.erf(v);
            double reference = expected.get(i);
            long ulps = Ulps.between(reference, actual);
            assertTrue(
                    ulps <= maxUlps,
                    () -> (complement ? "erfc(" : "erf(") + v + ") = " + actual + ", mpmath " + reference);
            worst = Math.max(worst, ulps);
        }
        assertTrue(x.size() > 15_000, "points: " + x.size());
        System.out.println((complement ? "erfc" : "erf") + ": at most " + worst + " ulp from mpmath");
    }

    @Test
    void edgeValuesAreExact() {
        Bits.assertSameBits(0.0, Erf.erf(0.0));
        Bits.assertSameBits(-0.0, Erf.erf(-0.0));
        Bits.assertSameBits(1.0, Erf.erf(Double.POSITIVE_INFINITY));
        Bits.assertSameBits(-1.0, Erf.erf(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
        Bits.assertSameBits(1.0, Erf.erfc(0.0));
        Bits.assertSameBits(1.0, Erf.erfc(-0.0));
        Bits.assertSameBits(0.0, Erf.erfc(Double.POSITIVE_INFINITY));
        Bits.assertSameBits(2.0, Erf.erfc(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Erf.erfc(Double.NaN)));
        Bits.assertSameBits(0.0, Erf.erfc(30.0));
        Bits.assertSameBits(2.0, Erf.erfc(-30.0));
        Bits.assertSameBits(1.0, Erf.erf(6.0));
    }

    /** erf(x) = 2/√π · x near 0: the smallest subnormal stays the smallest subnormal times 1.128… → 5e-324. */
    @Test
    void subnormalsFollowTheLinearTerm() {
        Bits.assertSameBits(Double.MIN_VALUE, Erf.erf(Double.MIN_VALUE));
        Bits.assertSameBits(-Double.MIN_VALUE, Erf.erf(-Double.MIN_VALUE));
        assertEquals(1e-310 * 1.1283791670955126, Erf.erf(1e-310), 1e-323);
    }

    /** erf is odd and erf + erfc = 1 where neither cancels. */
    @Test
    void symmetryAndComplementHoldOnASeededSample() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double x = random.nextGaussian() * 2;
            Bits.assertSameBits(-Erf.erf(x), Erf.erf(-x));
            assertEquals(1.0, Erf.erf(x) + Erf.erfc(x), 4e-16);
        }
    }
}
