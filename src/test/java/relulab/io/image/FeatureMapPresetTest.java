package relulab.io.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import relulab.core.EdgeFilters;
import relulab.core.ReluStats;
import relulab.core.Shape;
import relulab.core.Tensor3;

class FeatureMapPresetTest {

    private static final Shape ANY = new Shape(1, 2, 3);

    @Test
    void mapsTheSamplePictureToEightSlicesOfItsSize() {
        Tensor3 maps = new FeatureMapPreset().create(ANY, 1);
        assertEquals(new Shape(EdgeFilters.COUNT, SampleScene.SIZE, SampleScene.SIZE), maps.shape());
    }

    @Test
    void everyMapHasPositiveNegativeAndExactlyZeroResponses() {
        Tensor3 maps = new FeatureMapPreset().create(ANY, 1);
        int slice = maps.shape().sliceSize();
        for (int d = 0; d < EdgeFilters.COUNT; d++) {
            int positive = 0;
            int negative = 0;
            int zero = 0;
            for (double v : maps.slice(d)) {
                positive += v > 0 ? 1 : 0;
                negative += v < 0 ? 1 : 0;
                zero += v == 0 ? 1 : 0;
            }
            assertTrue(positive > slice / 50, "map " + d + " has " + positive + " positive responses");
            assertTrue(negative > slice / 50, "map " + d + " has " + negative + " negative responses");
            assertTrue(zero > slice / 4, "map " + d + " has " + zero + " flat cells");
        }
    }

    @Test
    void isTheEdgeFiltersAppliedToTheCommittedPicture() throws IOException {
        GrayImage picture = GrayImage.readResource(FeatureMapPreset.SAMPLE_RESOURCE);
        Tensor3 expected = EdgeFilters.featureMaps(picture.values(), picture.height(), picture.width());
        assertEquals(expected, new FeatureMapPreset().create(ANY, 1));
    }

    @Test
    void reluStatisticsSeeBothSidesOfTheEdges() {
        Tensor3 maps = new FeatureMapPreset().create(ANY, 1);
        ReluStats stats = ReluStats.of(maps);
        assertTrue(stats.total().zeroed() > 0);
        assertTrue(stats.total().passed() > 0);
    }

    @Test
    void ignoresTheCurrentShapeAndSeedAndKeepsItsMaps() {
        FeatureMapPreset preset = new FeatureMapPreset();
        assertFalse(preset.keepsShape());
        assertFalse(preset.usesSeed());
        assertSame(preset.create(ANY, 1), preset.create(new Shape(4, 4, 4), 99));
    }

    @Test
    void hasTheIdItsWordsAreKeyedBy() {
        FeatureMapPreset preset = new FeatureMapPreset();
        assertEquals("feature-maps", preset.id());
    }

    @Test
    void aMissingPictureGivesAClearMessage() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new FeatureMapPreset("/relulab/assets/images/gone.png").create(ANY, 1));
        assertEquals("the picture /relulab/assets/images/gone.png is missing from the program", e.getMessage());
    }

    @Test
    void aDamagedPictureGivesAClearMessage() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new FeatureMapPreset("/relulab/io/image/damaged.png").create(ANY, 1));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aPictureWiderThanTheWorkbenchIsRefused() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new FeatureMapPreset("/relulab/io/image/too-wide.png").create(ANY, 1));
        assertEquals(
                "the picture /relulab/io/image/too-wide.png is 2\u00D7130; feature maps take at "
                        + "most 128\u00D7128 pixels",
                e.getMessage());
    }

    @Test
    void theSamplePictureIsWhatTheCommittedGeneratorDraws() throws IOException {
        GrayImage committed = GrayImage.readResource(FeatureMapPreset.SAMPLE_RESOURCE);
        int[] drawn = SampleScene.levels();
        double[] expected = new double[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            expected[i] = drawn[i] / 255.0;
        }
        assertEquals(SampleScene.SIZE, committed.height());
        assertEquals(SampleScene.SIZE, committed.width());
        assertArrayEquals(expected, committed.values());
    }
}
