package relulab.io.paste;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import relulab.core.Shape;
import relulab.core.Tensor3;

class PastedBlockTest {

    private static final PastedBlock TWO_BY_TWO = new PastedBlock(1, 2, 2, new double[] {1, 2, 3, 4});

    @Test
    void valuesAreCopiedInAndOut() {
        double[] values = {1, 2};
        PastedBlock block = new PastedBlock(1, 1, 2, values);
        values[0] = 9;
        block.values()[1] = 9;
        assertArrayEquals(new double[] {1, 2}, block.values());
    }

    @Test
    void refusesAWrongNumberOfValuesNamingTheSize() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new PastedBlock(2, 2, 2, new double[7]));
        assertEquals("a block of depth 2, 2 rows and 2 columns needs 8 values, got 7", e.getMessage());
    }

    @Test
    void refusesAnEmptyDimension() {
        assertThrows(IllegalArgumentException.class, () -> new PastedBlock(1, 0, 2, new double[0]));
        assertThrows(NullPointerException.class, () -> new PastedBlock(1, 1, 1, null));
    }

    @Test
    void equalBlocksHaveEqualValuesBitForBitSoNanEqualsNan() {
        PastedBlock a = new PastedBlock(1, 1, 2, new double[] {Double.NaN, 0.0});
        assertEquals(a, new PastedBlock(1, 1, 2, new double[] {Double.NaN, 0.0}));
        assertEquals(a.hashCode(), new PastedBlock(1, 1, 2, new double[] {Double.NaN, 0.0}).hashCode());
        assertNotEquals(a, new PastedBlock(1, 1, 2, new double[] {Double.NaN, -0.0}));
        assertNotEquals(a, new PastedBlock(1, 2, 1, new double[] {Double.NaN, 0.0}));
    }

    @Test
    void becomesATensorOfItsShape() {
        PastedBlock block = new PastedBlock(2, 1, 2, new double[] {1, 2, 3, 4});
        assertEquals(Tensor3.of(new Shape(2, 1, 2), new double[] {1, 2, 3, 4}), block.toTensor());
        assertEquals(3.0, block.get(1, 0, 0));
        assertEquals(4, block.size());
    }

    @Test
    void describesItsSizeForAnUndoLabel() {
        assertEquals("2\u00D72", TWO_BY_TWO.describeSize());
        assertEquals("3\u00D71\u00D72", new PastedBlock(3, 1, 2, new double[6]).describeSize());
    }

    @Test
    void placedInsideATensorOverwritesOnlyItsCells() {
        Tensor3 target = Tensor3.generate(new Shape(1, 3, 3), i -> -1);
        Tensor3 result = TWO_BY_TWO.placeInto(target, 0, 1, 1);
        assertEquals(new Shape(1, 3, 3), result.shape());
        assertArrayEquals(new double[] {-1, -1, -1, -1, 1, 2, -1, 3, 4}, result.toArray());
    }

    @Test
    void placedNearTheEdgeGrowsTheTensorWithZerosAroundIt() {
        Tensor3 target = Tensor3.generate(new Shape(1, 2, 2), i -> -1);
        assertEquals(new Shape(1, 3, 3), TWO_BY_TWO.shapeAfterPlacing(target.shape(), 0, 1, 1));
        Tensor3 result = TWO_BY_TWO.placeInto(target, 0, 1, 1);
        assertArrayEquals(new double[] {-1, -1, 0, -1, 1, 2, 0, 3, 4}, result.toArray());
    }

    @Test
    void aDeeperBlockAddsSlices() {
        PastedBlock deep = new PastedBlock(2, 1, 1, new double[] {5, 6});
        Tensor3 result = deep.placeInto(Tensor3.zeros(new Shape(1, 1, 2)), 0, 0, 1);
        assertEquals(new Shape(2, 1, 2), result.shape());
        assertArrayEquals(new double[] {0, 5, 0, 6}, result.toArray());
    }

    @Test
    void refusesAPositionOutsideTheTensor() {
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> TWO_BY_TWO.placeInto(Tensor3.zeros(new Shape(1, 2, 2)), 0, 2, 0));
    }
}
