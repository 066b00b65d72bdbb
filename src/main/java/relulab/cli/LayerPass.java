package relulab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import relulab.core.Activation;
import relulab.core.LayerChunks;
import relulab.core.ReluStats;
import relulab.core.ReluStatsCounter;
import relulab.io.DType;
import relulab.io.IoJob;
import relulab.io.NpyWriter;
import relulab.io.OutputSet;
import relulab.io.TensorFiles;
import relulab.io.TensorSource;

/**
 * One activation layer streamed through files: x (and dout) are read a chunk at a time and
 * each chunk becomes, at once, its part of {@code out.npy}, {@code gate.npy},
 * {@code zeroed.npy}, {@code slope.npy} and {@code dx.npy}, and its part of x's per-channel
 * statistics. A float32 x is computed by {@link Activation#forFloat32() the activation as it
 * computes on float32}.
 *
 * <p>No result is held whole, nor an input that streams from its file (a C-order
 * {@code .npy}): a chunk of {@value #CHUNK} elements is read, turned into the masks, dx and
 * out ({@link LayerChunks}), and written at its own place in each staged file, so the pass
 * needs a few MiB whatever the size. The tensor is cut into two halves done on two threads,
 * so that both cores of a two-core machine read, compute and write; each half counts its own
 * channels and the counts are added up at the end ({@link ReluStatsCounter}).
 */
final class LayerPass {

    /**
     * Elements per chunk: a read or write call moves a quarter of a MiB, and the arrays and
     * buffers of one thread stay under 2 MiB (16 K and 64 K timed no better).
     */
    static final int CHUNK = 1 << 15;

    private final LayerChunks layer;
    private final TensorSource x;
    private final TensorSource dout;
    private final List<Path> files = new ArrayList<>();
    private final NpyWriter out;
    private final NpyWriter gate;
    private final NpyWriter zeroed;
    private final NpyWriter slope;
    private final NpyWriter dx;
    private final int chunk;

    /**
     * Stages the layer's files in {@code dir}, in the order out, gate, zeroed, slope and (with a
     * dout) dx; float32 x gives float32 out, slope and dx, any other type float64, the masks
     * are bool.
     *
     * @param dout the upstream gradient, of x's shape, or null
     */
    LayerPass(OutputSet set, Path dir, Activation f, TensorSource x, TensorSource dout, int chunk) throws IOException {
        boolean single = x.dtype() == DType.FLOAT32;
        this.layer = new LayerChunks(single ? f.forFloat32() : f);
        this.x = x;
        this.dout = dout;
        this.chunk = chunk;
        DType values = single ? DType.FLOAT32 : DType.FLOAT64;
        this.out = stage(set, dir.resolve("out.npy"), values);
        this.gate = stage(set, dir.resolve("gate.npy"), DType.BOOL);
        this.zeroed = stage(set, dir.resolve("zeroed.npy"), DType.BOOL);
        this.slope = stage(set, dir.resolve("slope.npy"), values);
        this.dx = dout == null ? null : stage(set, dir.resolve("dx.npy"), values);
    }

    private NpyWriter stage(OutputSet set, Path file, DType dtype) throws IOException {
        files.add(file);
        return TensorFiles.stageNpy(set, file, x.dims(), dtype);
    }

    /** The files the pass writes, in order. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /**
     * Writes every chunk of every file and returns the statistics of x.
     *
     * @param cellsDone told, from either thread, how many cells of x are done so far after each chunk
     */
    ReluStats run(LongConsumer cellsDone) throws IOException {
        int size = x.shape().size();
        AtomicLong done = new AtomicLong();
        LongConsumer chunkDone = n -> cellsDone.accept(done.addAndGet(n));
        List<Half> halves = List.of(new Half(0, size / 2, chunkDone), new Half(size / 2, size, chunkDone));
        IoJob.runAll(halves);
        return ReluStatsCounter.merge(x.shape(), List.of(halves.get(0).counter, halves.get(1).counter));
    }

    /** The elements {@code [from, to)}, done chunk by chunk on one thread with its own arrays and buffers. */
    private final class Half extends IoJob {
        private final int from;
        private final int to;
        private final ReluStatsCounter counter;
        private final LongConsumer chunkDone;

        Half(int from, int to, LongConsumer chunkDone) {
            this.from = from;
            this.to = to;
            this.chunkDone = chunkDone;
            this.counter = new ReluStatsCounter(x.shape(), from, to);
        }

        @Override
        protected void work() throws IOException {
            int most = Math.min(chunk, to - from);
            if (most == 0) {
                return;
            }
            double[] xs = new double[most];
            double[] ds = dout == null ? null : new double[most];
            double[] slopes = new double[most];
            byte[] gates = new byte[most];
            byte[] zeroes = new byte[most];
            TensorSource.Reader xReader = x.reader(most);
            TensorSource.Reader dReader = dout == null ? null : dout.reader(most);
            NpyWriter.Chunks outChunks = out.chunks(most);
            NpyWriter.Chunks gateChunks = gate.chunks(most);
            NpyWriter.Chunks zeroedChunks = zeroed.chunks(most);
            NpyWriter.Chunks slopeChunks = slope.chunks(most);
            NpyWriter.Chunks dxChunks = dx == null ? null : dx.chunks(most);
            for (int at = from; at < to; at += most) {
                int n = Math.min(most, to - at);
                xReader.read(at, xs, n);
                if (ds != null) {
                    dReader.read(at, ds, n);
                }
                layer.applyInPlace(at, xs, ds, slopes, gates, zeroes, n, counter);
                gateChunks.writeBools(at, gates, n);
                zeroedChunks.writeBools(at, zeroes, n);
                slopeChunks.write(at, slopes, n);
                if (ds != null) {
                    dxChunks.write(at, ds, n);
                }
                outChunks.write(at, xs, n);
                chunkDone.accept(n);
            }
        }
    }
}
