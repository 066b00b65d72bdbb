package relulab.core;

/**
 * The error function {@code erf(x) = 2/√π ∫₀ˣ e^(−t²) dt} and its complement
 * {@code erfc(x) = 1 − erf(x)}, which Java lacks: erf within one unit in the last place, erfc
 * within two (measured against mpmath; see ErfTest).
 *
 * <p>A port of the rational approximations of fdlibm's {@code s_erf.c} (Sun Microsystems,
 * 1993: "Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved"), whose approximation errors are below 2^−57:
 * <ul>
 *   <li>|x| &lt; 0.84375: {@code erf(x) = x + x·P(x²)/Q(x²)};</li>
 *   <li>0.84375 ≤ |x| &lt; 1.25: {@code erf(x) = ±(c + P₁(s)/Q₁(s))} with {@code s = |x| − 1} and
 *       {@code c = 0.84506291151} rounded to float, a Taylor-like expansion around 1;</li>
 *   <li>1.25 ≤ |x| &lt; 28: the asymptotic form {@code erfc(x) = e^(−x² − 0.5625 + R(1/x²)/S(1/x²)) / x},
 *       with two fits split at 1/0.35 ≈ 2.857; {@code e^(−x²)} is taken as
 *       {@code e^(−z²)·e^((z−x)(z+x))} with z being x cut to its upper 32 bits, so z² is exact and
 *       the rounding of x² does not cost the tail its relative accuracy;</li>
 *   <li>beyond, erf is ±1 and erfc underflows to 0 (for x ≥ 28) or is 2 (for x ≤ −6).</li>
 * </ul>
 * erfc keeps its relative accuracy in the right tail (down to subnormal values near x = 27),
 * where {@code 1 − erf(x)} would cancel to 0; that is what GELU's left tail needs.
 */
// fdlibm's coefficients are kept digit for digit as published; each rounds to the double fdlibm uses.
@SuppressWarnings("FloatingPointLiteralPrecision")
public final class Erf {

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double EFX8 = 1.02703333676410069053e+00;

    // erf on [0, 0.84375]: P/Q in x².
    private static final double PP0 = 1.28379167095512558561e-01;
    private static final double PP1 = -3.25042107247001499370e-01;
    private static final double PP2 = -2.84817495755985104766e-02;
    private static final double PP3 = -5.77027029648944159157e-03;
    private static final double PP4 = -2.37630166566501626084e-05;
    private static final double QQ1 = 3.97917223959155352819e-01;
    private static final double QQ2 = 6.50222499887672944485e-02;
    private static final double QQ3 = 5.08130628187576562776e-03;
    private static final double QQ4 = 1.32494738004321644526e-04;
    private static final double QQ5 = -3.96022827877536812320e-06;

    // erf on [0.84375, 1.25]: P₁/Q₁ in s = |x| − 1.
    private static final double PA0 = -2.36211856075265944077e-03;
    private static final double PA1 = 4.14856118683748331666e-01;
    private static final double PA2 = -3.72207876035701323847e-01;
    private static final double PA3 = 3.18346619901161753674e-01;
    private static final double PA4 = -1.10894694282396677476e-01;
    private static final double PA5 = 3.54783043256182359371e-02;
    private static final double PA6 = -2.16637559486879084300e-03;
    private static final double QA1 = 1.06420880400844228286e-01;
    private static final double QA2 = 5.40397917702171048937e-01;
    private static final double QA3 = 7.18286544141962662868e-02;
    private static final double QA4 = 1.26171219808761642112e-01;
    private static final double QA5 = 1.36370839120290507362e-02;
    private static final double QA6 = 1.19844998467991074170e-02;

    // erfc on [1.25, 1/0.35]: R/S in 1/x².
    private static final double RA0 = -9.86494403484714822705e-03;
    private static final double RA1 = -6.93858572707181764372e-01;
    private static final double RA2 = -1.05586262253232909814e+01;
    private static final double RA3 = -6.23753324503260060396e+01;
    private static final double RA4 = -1.62396669462573470355e+02;
    private static final double RA5 = -1.84605092906711035994e+02;
    private static final double RA6 = -8.12874355063065934246e+01;
    private static final double RA7 = -9.81432934416914548592e+00;
    private static final double SA1 = 1.96512716674392571292e+01;
    private static final double SA2 = 1.37657754143519042600e+02;
    private static final double SA3 = 4.34565877475229228821e+02;
    private static final double SA4 = 6.45387271733267880336e+02;
    private static final double SA5 = 4.29008140027567833386e+02;
    private static final double SA6 = 1.08635005541779435134e+02;
    private static final double SA7 = 6.57024977031928170135e+00;
    private static final double SA8 = -6.04244152148580987438e-02;

    // erfc on [1/0.35, 28]: R/S in 1/x².
    private static final double RB0 = -9.86494292470009928597e-03;
    private static final double RB1 = -7.99283237680523006574e-01;
    private static final double RB2 = -1.77579549177547519889e+01;
    private static final double RB3 = -1.60636384855821916062e+02;
    private static final double RB4 = -6.37566443368389627722e+02;
    private static final double RB5 = -1.02509513161107724954e+03;
    private static final double RB6 = -4.83519191608651397019e+02;
    private static final double SB1 = 3.03380607434824582924e+01;
    private static final double SB2 = 3.25792512996573918826e+02;
    private static final double SB3 = 1.53672958608443695994e+03;
    private static final double SB4 = 3.19985821950859553908e+03;
    private static final double SB5 = 2.55305040643316442583e+03;
    private static final double SB6 = 4.74528541206955367215e+02;
    private static final double SB7 = -2.24409524465858183362e+01;

    /** fdlibm's {@code tiny}: makes ±1 − tiny round to ±1 and tiny² underflow to 0. */
    private static final double TINY = 1e-300;

    // Breakpoints as the upper 32 bits of |x|: 2^-56, 2^-28, 0.25, 0.84375, 1.25, 1/0.35, 6, 28, ∞, 2^-1015.
    private static final int HI_2_POW_M56 = 0x3c70_0000;
    private static final int HI_2_POW_M28 = 0x3e30_0000;
    private static final int HI_QUARTER = 0x3fd0_0000;
    private static final int HI_0_84375 = 0x3feb_0000;
    private static final int HI_1_25 = 0x3ff4_0000;
    private static final int HI_1_OVER_0_35 = 0x4006_db6e;
    private static final int HI_6 = 0x4018_0000;
    private static final int HI_28 = 0x403c_0000;
    private static final int HI_INF = 0x7ff0_0000;
    private static final int HI_2_POW_M1015 = 0x0080_0000;

    private Erf() {}

    /** {@code erf(x)}: odd, ±1 at ±∞, NaN for NaN, {@code erf(±0) = ±0}; within 1 ulp. */
    public static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= HI_INF) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < HI_0_84375) {
            if (ix < HI_2_POW_M28) {
                // erf(x) = 2/√π · x here; 8x first keeps a subnormal x from losing bits.
                return ix < HI_2_POW_M1015 ? 0.125 * (8.0 * x + EFX8 * x) : x + EFX * x;
            }
            return x + x * smallRatio(x * x);
        }
        if (ix < HI_1_25) {
            double ratio = nearOneRatio(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + ratio : -ERX - ratio;
        }
        if (ix >= HI_6) {
            return hx >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double ax = Math.abs(x);
        double r = tail(ax, ix < HI_1_OVER_0_35) / ax;
        return hx >= 0 ? 1.0 - r : r - 1.0;
    }

    /**
     * {@code erfc(x) = 1 − erf(x)} with its relative accuracy kept for large positive x:
     * within 2 ulp; 0 at +∞, 2 at −∞, NaN for NaN.
     */
    public static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= HI_INF) {
            return Double.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
        }
        if (ix < HI_0_84375) {
            if (ix < HI_2_POW_M56) {
                return 1.0 - x;
            }
            double y = smallRatio(x * x);
            if (hx < HI_QUARTER) {
                return 1.0 - (x + x * y);
            }
            return 0.5 - (x * y + (x - 0.5));
        }
        if (ix < HI_1_25) {
            double ratio = nearOneRatio(Math.abs(x) - 1.0);
            return hx >= 0 ? (1.0 - ERX) - ratio : 1.0 + (ERX + ratio);
        }
        if (ix < HI_28) {
            if (hx < 0 && ix >= HI_6) {
                return 2.0 - TINY;
            }
            double ax = Math.abs(x);
            double r = tail(ax, ix < HI_1_OVER_0_35 - 1) / ax;
            return hx > 0 ? r : 2.0 - r;
        }
        return hx > 0 ? TINY * TINY : 2.0 - TINY;
    }

    /** P(z)/Q(z) on |x| < 0.84375, z = x²: erf(x) = x + x·P/Q. */
    private static double smallRatio(double z) {
        double p = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
        double q = 1.0 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
        return p / q;
    }

    /** P₁(s)/Q₁(s) on 0.84375 ≤ |x| &lt; 1.25, s = |x| − 1: erf(|x|) = c + P₁/Q₁. */
    private static double nearOneRatio(double s) {
        double p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
        double q = 1.0 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
        return p / q;
    }

    /**
     * {@code x·erfc(x) = e^(−x² − 0.5625 + R/S)} for 1.25 ≤ x &lt; 28, R/S in 1/x² from the fit
     * below 1/0.35 ({@code nearFit}) or above it.
     */
    private static double tail(double x, boolean nearFit) {
        double s = 1.0 / (x * x);
        double r;
        double q;
        if (nearFit) {
            r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
            q = 1.0 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
        } else {
            r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
            q = 1.0 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffff_ffff_0000_0000L);
        return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r / q);
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }
}
