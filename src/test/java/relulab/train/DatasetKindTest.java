package relulab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DatasetKindTest {

    private static final double EXACT = 1e-12;
    /** The angle noise's std is 0.2; over 300 draws its estimate is within ±0.04 of it nearly always. */
    private static final double NOISE_STD_TOLERANCE = 0.04;

    @Test
    void spiralHasTheCaseStudysRadiiClassesAndAngleNoise() {
        Dataset raw = DatasetKind.SPIRAL.raw(new Random(11));
        assertEquals(300, raw.size());
        assertEquals(3, raw.classes());
        double sum = 0;
        double sumSq = 0;
        int noisy = 0;
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 100; i++) {
                int row = 100 * c + i;
                assertEquals(c, raw.y(row));
                double x = raw.x(row, 0);
                double y = raw.x(row, 1);
                double r = Math.hypot(x, y);
                assertEquals(i / 99.0, r, EXACT, "radius is linspace(0, 1, 100)");
                if (i > 0) {
                    double t = 4 * c + 4.0 * i / 99;
                    // x = r sin t, y = r cos t: the noise is the angle's offset from linspace.
                    double noise = Math.IEEEremainder(Math.atan2(x, y) - t, 2 * Math.PI);
                    sum += noise;
                    sumSq += noise * noise;
                    noisy++;
                }
            }
        }
        double mean = sum / noisy;
        double std = Math.sqrt(sumSq / noisy - mean * mean);
        assertEquals(0.2, std, NOISE_STD_TOLERANCE);
    }

    @Test
    void everyDatasetIsStandardised() {
        for (DatasetKind kind : DatasetKind.values()) {
            Dataset d = kind.generate(3);
            for (int f = 0; f < 2; f++) {
                double mean = 0;
                double sq = 0;
                for (int i = 0; i < d.size(); i++) {
                    mean += d.x(i, f);
                    sq += d.x(i, f) * d.x(i, f);
                }
                mean /= d.size();
                assertEquals(0, mean, EXACT, kind + " mean");
                assertEquals(1, Math.sqrt(sq / d.size() - mean * mean), EXACT, kind + " std");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        for (DatasetKind kind : DatasetKind.values()) {
            assertEquals(kind.generate(5), kind.generate(5));
            assertTrue(!kind.generate(5).equals(kind.generate(6)));
        }
    }

    @Test
    void parsesNamesAndRefusesOthersNamingTheChoices() {
        assertEquals(DatasetKind.XOR, DatasetKind.parse(" XOR "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetKind.parse("moons"));
        assertTrue(e.getMessage().contains("spiral, circles, xor or gaussians"));
    }
}
