package relulab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import relulab.core.Activation;
import relulab.core.ChannelStats;
import relulab.core.LeakyRelu;
import relulab.core.ReluStats;
import relulab.core.Shape;
import relulab.io.TensorData;

/**
 * The few lines {@code compute} prints: the input's shape and type, how many cells the layer
 * zeroed in each channel and in all, and which files it wrote.
 */
record ComputeSummary(Path input, TensorData x, Activation activation, ReluStats stats, Path outDir,
        Collection<Path> written) {

    void print(PrintWriter out) {
        Shape s = x.tensor().shape();
        out.printf(Locale.ROOT, "%s: shape %s, %s (%d channel%s of %d x %d); activation %s%n",
                input.getFileName(), x.shapeText(), x.dtype(), s.depth(), s.depth() == 1 ? "" : "s",
                s.height(), s.width(), activation);
        String verb = activation instanceof LeakyRelu ? "scaled by the slope" : "zeroed";
        out.printf(Locale.ROOT, "cells %s (x < 0), per channel:%n", verb);
        List<ChannelStats> channels = stats.perChannel();
        for (int d = 0; d < channels.size(); d++) {
            ChannelStats c = channels.get(d);
            out.printf(Locale.ROOT, "  channel %d: %,d of %,d%n", d, c.zeroed(), c.cells());
        }
        ChannelStats t = stats.total();
        out.printf(Locale.ROOT, "in total: %,d of %,d cells %s (%.1f%%); %,d passed, %,d already zero, %,d NaN%n",
                t.zeroed(), t.cells(), verb, 100.0 * t.zeroed() / t.cells(), t.passed(), t.alreadyZero(), t.nan());
        out.printf("wrote %s in %s%n",
                written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")), outDir);
        out.flush();
    }
}
