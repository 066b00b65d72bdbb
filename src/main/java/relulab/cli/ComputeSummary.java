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
import relulab.io.MessageText;
import relulab.io.TensorSource;

/**
 * The few lines {@code compute} prints: the input's shape and type, how many cells the layer
 * zeroed (or scaled, or merely found below zero) in each channel and in all, and which files it
 * wrote. Names from outside (the input's, the folder's) are {@linkplain MessageText#quote quoted}.
 *
 * <p>The lines per channel stop after {@value #LISTED_CHANNELS} channels: a shape such as
 * (16777216, 1, 1) would otherwise print millions of them. One line says how many more there
 * are; the total covers them all.
 */
record ComputeSummary(
        Path input, TensorSource x, Activation activation, ReluStats stats, Path outDir, Collection<Path> written) {

    /** The channels listed one per line; the rest are summed up in one line. */
    static final int LISTED_CHANNELS = 32;

    void print(PrintWriter out) {
        Shape s = x.shape();
        out.printf(
                Locale.ROOT,
                "%s: shape %s, %s (%d channel%s of %d x %d); activation %s%n",
                MessageText.quote(input.getFileName().toString()),
                x.shapeText(),
                x.dtype(),
                s.depth(),
                s.depth() == 1 ? "" : "s",
                s.height(),
                s.width(),
                activation);
        String verb = verb(activation);
        out.printf(Locale.ROOT, "cells %s (x < 0), per channel:%n", verb);
        List<ChannelStats> channels = stats.perChannel();
        int listed = Math.min(channels.size(), LISTED_CHANNELS);
        for (int d = 0; d < listed; d++) {
            ChannelStats c = channels.get(d);
            out.printf(Locale.ROOT, "  channel %d: %,d of %,d%n", d, c.zeroed(), c.cells());
        }
        if (listed < channels.size()) {
            ChannelStats rest = ChannelStats.NONE;
            for (ChannelStats c : channels.subList(listed, channels.size())) {
                rest = rest.plus(c);
            }
            out.printf(
                    Locale.ROOT,
                    "  channels %d to %d (%,d more): %,d of %,d%n",
                    listed,
                    channels.size() - 1,
                    channels.size() - listed,
                    rest.zeroed(),
                    rest.cells());
        }
        ChannelStats t = stats.total();
        out.printf(
                Locale.ROOT,
                "in total: %,d of %,d cells %s (%.1f%%); %,d passed, %,d already zero, %,d NaN%n",
                t.zeroed(),
                t.cells(),
                verb,
                100.0 * t.zeroed() / t.cells(),
                t.passed(),
                t.alreadyZero(),
                t.nan());
        out.printf(
                "wrote %s in %s%n",
                written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")),
                MessageText.quote(outDir.toString()));
        out.flush();
    }

    /**
     * What the layer did to the cells x &lt; 0, read off the activation itself: zeroed where f is 0
     * there (ReLU, Leaky ReLU with slope 0), scaled by Leaky ReLU's slope, else only named.
     */
    private static String verb(Activation f) {
        if (f.forward(-1.0) == 0) {
            return "zeroed";
        }
        return f instanceof LeakyRelu ? "scaled by the slope" : "below zero";
    }
}
