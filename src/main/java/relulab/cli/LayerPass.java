package relulab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * One ReLU or Leaky ReLU layer streamed through files: x (and dout) are read a chunk at a time
 * and each chunk becomes, at once, its part of {@code out.npy}, {@code gate.npy},
 * {@code zeroed.npy} and {@code dx.npy}, and its part of x's per-channel statistics.
 *
 * <p>Nothing is held whole: a chunk of {@value #CHUNK} elements is read, turned into the
 * masks, dx and out ({@link LayerChunks}), and written at its own place in each staged file,
 * so memory stays at a few MiB whatever the size. The tensor is cut into two halves done on
 * two threads (a two-core machine copies pages from and to the file system twice as fast);
 * each half counts its own channels and the counts are added up at the end
 * ({@link ReluStatsCounter}).
 */
final class LayerPass {

    /** Elements per chunk: the arrays and buffers of one thread then fit in a core's cache. */
    static final int CHUNK = 1 << 15;

    private final LayerChunks layer;
    private final TensorSource x;
    private final TensorSource dout;
    private final List<Path> files = new ArrayList<>();
    private final NpyWriter out;
    private final NpyWriter gate;
    private final NpyWriter zeroed;
    private final NpyWriter dx;
    private final int chunk;

    /**
     * Stages the layer's files in {@code dir}, in the order out, gate, zeroed and (with a dout)
     * dx; float32 x gives float32 out and dx, any other type float64, the masks are bool.
     *
     * @param dout the upstream gradient, of x's shape, or null
     */
    LayerPass(OutputSet set, Path dir, Activation f, TensorSource x, TensorSource dout, int chunk) throws IOException {
        this.layer = new LayerChunks(f);
        this.x = x;
        this.dout = dout;
        this.chunk = chunk;
        DType values = x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        this.out = stage(set, dir.resolve("out.npy"), values);
        this.gate = stage(set, dir.resolve("gate.npy"), DType.BOOL);
        this.zeroed = stage(set, dir.resolve("zeroed.npy"), DType.BOOL);
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

    /** Writes every chunk of every file and returns the statistics of x. */
    ReluStats run() throws IOException {
        int size = x.shape().size();
        List<Half> halves = List.of(new Half(0, size / 2), new Half(size / 2, size));
        IoJob.runAll(halves);
        return ReluStatsCounter.merge(x.shape(), List.of(halves.get(0).counter, halves.get(1).counter));
    }

    /** The elements {@code [from, to)}, done chunk by chunk on one thread with its own arrays and buffers. */
    private final class Half extends IoJob {
        private final int from;
        private final int to;
        private final ReluStatsCounter counter;

        Half(int from, int to) {
            this.from = from;
            this.to = to;
            this.counter = new ReluStatsCounter(x.shape(), from, to);
        }

        @Override
        protected void work() throws IOException {
            int n0 = Math.min(chunk, to - from);
            if (n0 == 0) {
                return;
            }
            double[] xs = new double[n0];
            double[] ds = dout == null ? null : new double[n0];
            byte[] gates = new byte[n0];
            byte[] zeroes = new byte[n0];
            TensorSource.Reader xReader = x.reader(n0);
            TensorSource.Reader dReader = dout == null ? null : dout.reader(n0);
            NpyWriter.Chunks outChunks = out.chunks(n0);
            NpyWriter.Chunks gateChunks = gate.chunks(n0);
            NpyWriter.Chunks zeroedChunks = zeroed.chunks(n0);
            NpyWriter.Chunks dxChunks = dx == null ? null : dx.chunks(n0);
            for (int at = from; at < to; at += n0) {
                int n = Math.min(n0, to - at);
                xReader.read(at, xs, n);
                if (ds != null) {
                    dReader.read(at, ds, n);
                }
                layer.applyInPlace(at, xs, ds, gates, zeroes, n, counter);
                gateChunks.writeBools(at, gates, n);
                zeroedChunks.writeBools(at, zeroes, n);
                if (ds != null) {
                    dxChunks.write(at, ds, n);
                }
                outChunks.write(at, xs, n);
            }
        }
    }
}
