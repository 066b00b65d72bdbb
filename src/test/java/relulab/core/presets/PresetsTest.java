package relulab.core.presets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import relulab.core.Linspace;
import relulab.core.Shape;
import relulab.core.Tensor3;

class PresetsTest {

    private static final Shape CURRENT = new Shape(3, 5, 7);
    private static final long SEED = 42;

    private static Preset preset(String id) {
        return Presets.builtIn().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no preset " + id));
    }

    private static long count(Tensor3 t, java.util.function.DoublePredicate test) {
        return java.util.Arrays.stream(t.toArray()).filter(test).count();
    }

    @Test
    void listsTheBuiltInPresetsInMenuOrder() {
        List<String> ids = Presets.builtIn().stream().map(Preset::id).toList();
        assertEquals(
                List.of(
                        "textbook",
                        "cs231n",
                        "random-normal",
                        "all-negative",
                        "ramp",
                        "checkerboard",
                        "special-values"),
                ids);
    }

    @Test
    void textbookExampleHasItsOwnShapeWithBothSignsAndAnExactZero() {
        Preset textbook = preset("textbook");
        Tensor3 t = textbook.create(CURRENT, SEED);
        assertEquals(new Shape(2, 4, 4), t.shape());
        assertFalse(textbook.keepsShape());
        assertTrue(count(t, v -> v > 0) >= 10);
        assertTrue(count(t, v -> v < 0) >= 10);
        assertEquals(0.0, t.get(0, 1, 1));
        assertEquals(-0.7, t.get(1, 2, 3));
        assertEquals(t, textbook.create(new Shape(1, 1, 1), SEED + 1));
    }

    @Test
    void cs231nTestCaseIsNumpysLinspaceReshapedToThreeByFour() {
        Tensor3 t = preset("cs231n").create(CURRENT, SEED);
        assertEquals(new Shape(1, 3, 4), t.shape());
        assertArrayEquals(Linspace.values(-0.5, 0.5, 12), t.toArray());
        assertEquals(-0.5, t.get(0, 0, 0));
        assertEquals(0.5, t.get(0, 2, 3));
    }

    @Test
    void randomNormalFillsTheCurrentShapeFromTheSeed() {
        Preset random = preset("random-normal");
        assertTrue(random.usesSeed());
        assertTrue(random.keepsShape());
        Tensor3 t = random.create(CURRENT, SEED);
        assertEquals(CURRENT, t.shape());
        Random expected = new Random(SEED);
        for (int i = 0; i < t.size(); i++) {
            assertEquals(expected.nextGaussian(), t.get(i));
        }
        assertEquals(t, random.create(CURRENT, SEED));
        assertNotEquals(t, random.create(CURRENT, SEED + 1));
    }

    @Test
    void allNegativeIsStrictlyBelowZeroEverywhere() {
        Preset negative = preset("all-negative");
        Tensor3 t = negative.create(CURRENT, SEED);
        assertEquals(CURRENT, t.shape());
        assertEquals(t.size(), count(t, v -> v <= -0.05));
        assertEquals(t, negative.create(CURRENT, SEED));
        assertNotEquals(t, negative.create(CURRENT, SEED + 1));
    }

    @Test
    void rampRisesEvenlyFromMinusOneToOneAcrossTheTensor() {
        Preset ramp = preset("ramp");
        assertFalse(ramp.usesSeed());
        Tensor3 t = ramp.create(CURRENT, SEED);
        assertEquals(CURRENT, t.shape());
        assertEquals(-1.0, t.get(0));
        assertEquals(1.0, t.get(t.size() - 1));
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i) > t.get(i - 1), "rises at " + i);
        }
        assertEquals(t.size() / 2, count(t, v -> v < 0));
    }

    @Test
    void rampOfOneElementIsItsStart() {
        assertEquals(-1.0, preset("ramp").create(new Shape(1, 1, 1), SEED).get(0));
    }

    @Test
    void checkerboardAlternatesAlongRowsColumnsAndDepth() {
        Tensor3 t = preset("checkerboard").create(CURRENT, SEED);
        assertEquals(CURRENT, t.shape());
        assertEquals(1.0, t.get(0, 0, 0));
        assertEquals(-1.0, t.get(0, 0, 1));
        assertEquals(-1.0, t.get(0, 1, 0));
        assertEquals(-1.0, t.get(1, 0, 0));
        assertEquals(1.0, t.get(1, 1, 0));
        assertEquals(1.0, t.get(2, 4, 6));
        assertEquals(t.size(), count(t, v -> Math.abs(v) == 1));
    }

    @Test
    void checkerboardOfEvenWidthStillAlternatesBetweenRows() {
        Tensor3 t = Presets.checkerboard(new Shape(2, 2, 2));
        assertArrayEquals(new double[] {1, -1, -1, 1, -1, 1, 1, -1}, t.toArray());
    }

    @Test
    void specialValuesRepeatToFillTheShape() {
        Tensor3 t = preset("special-values").create(new Shape(2, 2, 5), SEED);
        double[] v = t.toArray();
        double[] expected = Presets.SPECIAL_VALUES;
        for (int i = 0; i < v.length; i++) {
            assertEquals(
                    Double.doubleToRawLongBits(expected[i % expected.length]),
                    Double.doubleToRawLongBits(v[i]),
                    "element " + i);
        }
        assertTrue(Double.isNaN(t.get(0, 0, 2)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(t.get(0, 0, 1)));
        assertEquals(Double.MIN_VALUE, t.get(0, 1, 2));
        assertEquals(1e308, t.get(0, 1, 0));
    }

    @Test
    void builtInListIsTheSameImmutableListEachTime() {
        assertSame(Presets.builtIn(), Presets.builtIn());
        org.junit.jupiter.api.Assertions.assertThrows(
                UnsupportedOperationException.class, () -> Presets.builtIn().clear());
    }
}
