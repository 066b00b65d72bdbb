package relulab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every member of the catalogue promises through {@link Activation}: backward is
 * {@code slope(x)·dout} (bit for bit in the family), except where that product is {@code 0·∞} (or 0·NaN), where
 * the family's zero slope blocks the gradient as ReLU's does; the array loops agree with the
 * scalar methods; and
 * {@code Activations.parse(f.name())} gives f back.
 */
class FamilySlopeContractTest {

    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        -1e-310,
        1e-300,
        -1e-300,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1000,
        -1000,
        20,
        -40,
        -745.2,
        1e-10,
        -1e-10,
        1,
        -1,
    };

    /** The members added with the family, whose backward is the product itself. */
    private static final Set<String> FAMILY = Set.of("elu", "gelu", "gelu_tanh", "silu", "softplus");

    static Stream<Named<Activation>> members() {
        return Stream.concat(Activations.all().stream(), Stream.of(new Elu(0.25)))
                .map(f -> Named.of(f.name(), f));
    }

    @ParameterizedTest
    @MethodSource("members")
    void backwardIsTheSlopeTimesDoutExceptThatAZeroSlopeBlocks(Activation f) {
        Random random = new Random(11);
        double[] douts = {1, -2.5, 0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (int i = 0; i < 20_000; i++) {
            double x = i < SPECIAL.length * douts.length
                    ? SPECIAL[i % SPECIAL.length]
                    : random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
            double dout = i < SPECIAL.length * douts.length ? douts[i / SPECIAL.length] : random.nextGaussian();
            double slope = f.slope(x);
            double actual = f.backward(x, dout);
            if (slope == 0 && !Double.isFinite(dout)) {
                // 0·∞ or 0·NaN: a select gives 0; the sigmoid and tanh, products, give NaN.
                assertTrue(actual == 0 || Double.isNaN(actual), f.name() + " at " + x);
            } else {
                // The same number; ReLU's select gives +0.0 where the product is −0.0.
                double product = slope * dout;
                assertTrue(
                        product == actual || (Double.isNaN(product) && Double.isNaN(actual)),
                        f.name() + " at x = " + x + ", dout = " + dout + ": " + actual + " for " + product);
                // Bit for bit, NaN aside: which NaN a product gives depends on the operands' order and
                // on the compiled code (the interpreter and the JIT may keep different payloads).
                if (FAMILY.contains(f.id()) && !Double.isNaN(product)) {
                    Bits.assertSameBits(product, actual);
                }
            }
        }
    }

    @Test
    void aZeroSlopeOfTheFamilyBlocksAnInfiniteOrNanDout() {
        for (Activation f : new Activation[] {new Elu(1.0), Gelu.EXACT, Gelu.TANH, Silu.INSTANCE, Softplus.INSTANCE}) {
            for (double dout : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
                Bits.assertSameBits(0.0, f.backward(Double.NEGATIVE_INFINITY, dout));
            }
            Bits.assertSameBits(f.slope(-3.0) * 5.0, f.backward(-3.0, 5.0));
        }
    }

    @ParameterizedTest
    @MethodSource("members")
    void arrayLoopsAgreeWithTheScalarMethods(Activation f) {
        double[] pairs = SPECIAL.clone();
        double[] douts = new double[pairs.length];
        Arrays.fill(douts, Double.POSITIVE_INFINITY);
        double[] out = new double[pairs.length];
        double[] dx = new double[pairs.length];
        f.forward(pairs, out);
        f.backward(pairs, douts, dx);
        for (int i = 0; i < pairs.length; i++) {
            Bits.assertSameBits(f.forward(pairs[i]), out[i]);
            Bits.assertSameBits(f.backward(pairs[i], douts[i]), dx[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("members")
    void theSpecReadsBackAsTheSameMember(Activation f) {
        assertEquals(f, Activations.parse(f.name()));
        assertEquals(f.name(), Activations.parse(f.name()).name());
    }

    @Test
    void specsWithoutParametersAreTheDefaults() {
        assertEquals(new Elu(1.0), Activations.parse("elu"));
        assertEquals("elu:1.0", Activations.parse("elu").name());
        assertEquals(new Elu(0.5), Activations.parse("ELU:0.5"));
        assertSame(Gelu.EXACT, Activations.parse("gelu"));
        assertSame(Gelu.TANH, Activations.parse("gelu:tanh"));
        assertEquals("gelu_tanh", Gelu.TANH.id());
        assertSame(Silu.INSTANCE, Activations.parse("silu"));
        assertSame(Softplus.INSTANCE, Activations.parse("softplus"));
    }

    @Test
    void aBadAlphaIsRefusedWithAMessageForTheUser() {
        assertEquals(
                "ELU alpha 'x' is not a number",
                assertThrows(IllegalArgumentException.class, () -> Activations.parse("elu:x"))
                        .getMessage());
        assertEquals(
                "ELU's alpha must be a positive number, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Activations.parse("elu:-1"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activations.parse("gelu:erf"));
    }
}
