package relulab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layer applied a chunk at a time gives, bit for bit, what the whole-tensor methods give —
 * {@link Activation#forward(Tensor3)}, {@link Activation#backward(Tensor3, Tensor3)},
 * {@link Mask#gate}, {@link Mask#zeroed} and {@link ReluStats#of} — whatever the chunks and
 * however they cut the channels.
 */
class LayerChunksTest {

    /** Every member, ReLU with each choice at 0 and Leaky ReLU with slope 0 among them. */
    private static final List<Activation> LAYERS = Stream.concat(
                    Activations.all().stream(),
                    Stream.of(
                            new LeakyRelu(0.0),
                            Relu.of(GradientAtZero.HALF),
                            Relu.of(GradientAtZero.ONE),
                            new Elu(0.5)))
            .toList();

    /** Runs the layer over x in chunks of {@code chunk}, counting with counters split at {@code split}. */
    private static void assertChunkedMatchesWhole(Activation f, Tensor3 x, Tensor3 dout, int chunk, int split) {
        int size = x.size();
        double[] out = new double[size];
        double[] dx = new double[size];
        double[] slope = new double[size];
        byte[] gate = new byte[size];
        byte[] zeroed = new byte[size];
        LayerChunks layer = new LayerChunks(f);
        ReluStatsCounter first = new ReluStatsCounter(x.shape(), 0, split);
        ReluStatsCounter second = new ReluStatsCounter(x.shape(), split, size);
        for (int from = 0; from < size; ) {
            int n = Math.min(chunk, (from < split ? split : size) - from);
            double[] xs = Arrays.copyOfRange(x.values(), from, from + n);
            double[] ds = dout == null ? null : Arrays.copyOfRange(dout.values(), from, from + n);
            double[] s = new double[n];
            byte[] g = new byte[n];
            byte[] z = new byte[n];
            layer.applyInPlace(from, xs, ds, s, g, z, n, from < split ? first : second);
            System.arraycopy(s, 0, slope, from, n);
            System.arraycopy(xs, 0, out, from, n);
            if (ds != null) {
                System.arraycopy(ds, 0, dx, from, n);
            }
            System.arraycopy(g, 0, gate, from, n);
            System.arraycopy(z, 0, zeroed, from, n);
            from += n;
        }
        String what = f + ", chunks of " + chunk + ", split at " + split;
        Bits.assertSameBits(f.forward(x), Tensor3.of(x.shape(), out), "out: " + what);
        Bits.assertSameBits(
                Tensor3.generate(x.shape(), i -> f.slope(x.get(i))), Tensor3.of(x.shape(), slope), "slope: " + what);
        if (dout != null) {
            if (f.code().bitExact()) {
                Bits.assertSameBits(f.backward(x, dout), Tensor3.of(x.shape(), dx), "dx: " + what);
            } else {
                // The smooth members multiply a NaN slope by a NaN dout; Java leaves the payload open.
                Bits.assertSameBitsAnyNan(f.backward(x, dout), Tensor3.of(x.shape(), dx), "dx: " + what);
            }
        }
        assertArrayEquals(bytes(Mask.gate(x)), gate, "gate: " + what);
        assertArrayEquals(bytes(Mask.zeroed(x)), zeroed, "zeroed: " + what);
        assertEquals(ReluStats.of(x), ReluStatsCounter.merge(x.shape(), List.of(first, second)), "stats: " + what);
    }

    private static byte[] bytes(Mask m) {
        byte[] b = new byte[m.shape().size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (m.get(i) ? 1 : 0);
        }
        return b;
    }

    @Test
    void everyPairOfSpecialValuesGivesTheWholeTensorResultsBitForBit() {
        double[][] pairs = KernelCases.specialPairs();
        Shape shape = new Shape(1, 1, pairs[0].length);
        for (Activation f : LAYERS) {
            assertChunkedMatchesWhole(f, Tensor3.of(shape, pairs[0]), Tensor3.of(shape, pairs[1]), 64, 0);
        }
    }

    @ParameterizedTest(name = "chunks of {0}")
    @ValueSource(ints = {1, 2, 5, 7, 12, 13, 59, 60, 61, 1 << 15})
    void chunksThatCutChannelsAndHalvesAnywhereCountEveryChannelOnce(int chunk) {
        Shape shape = new Shape(5, 3, 4);
        Random random = new Random(chunk);
        Tensor3 x = Tensor3.of(shape, KernelCases.randomValues(random, shape.size()));
        Tensor3 dout = Tensor3.of(shape, KernelCases.randomValues(random, shape.size()));
        for (Activation f : LAYERS) {
            for (int split : new int[] {0, 1, 29, 30, 31, 59, 60}) {
                assertChunkedMatchesWhole(f, x, dout, chunk, split);
                assertChunkedMatchesWhole(f, x, null, chunk, split);
            }
        }
    }

    @Test
    void theStatisticsOfZerosAndNansAreToldApartOnlyWhereTheyAre() {
        Shape shape = new Shape(3, 1, 4);
        Tensor3 x = Tensor3.of(shape, new double[] {1, -1, 2, -2, 0.0, Double.NaN, -0.0, 5, 3, 3, 3, -3});
        assertChunkedMatchesWhole(Relu.STANDARD, x, null, 4, 6);
        ReluStatsCounter all = new ReluStatsCounter(shape, 0, 12);
        new LayerChunks(Relu.STANDARD).applyInPlace(0, x.toArray(), null, null, new byte[12], new byte[12], 12, all);
        assertEquals(
                List.of(new ChannelStats(2, 2, 0, 0), new ChannelStats(0, 1, 2, 1), new ChannelStats(1, 3, 0, 0)),
                ReluStatsCounter.merge(shape, List.of(all)).perChannel());
    }

    @Test
    void countersThatMissElementsAreRefusedWhenMerged() {
        Shape shape = new Shape(2, 1, 3);
        ReluStatsCounter half = new ReluStatsCounter(shape, 0, 3);
        half.add(0, new ChannelStats(1, 1, 1, 0));
        assertThrows(IllegalStateException.class, () -> ReluStatsCounter.merge(shape, List.of(half)));
    }
}
