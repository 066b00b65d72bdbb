package relulab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link ReluStats} counted a chunk at a time, for a tensor that is streamed rather than held.
 *
 * <p>A counter covers the elements {@code [from, to)} of a tensor of a given shape; it is given
 * the counts of pieces of that range that lie in one channel each ({@link #add}: a chunk is
 * cut at {@link #channelEnd}), and keeps one {@link ChannelStats} per channel that its range
 * touches. Several counters whose ranges tile the tensor (say one per thread) are then added
 * up by {@link #merge}, which gives exactly what {@link ReluStats#of(Tensor3)} gives for the
 * whole tensor.
 */
public final class ReluStatsCounter {

    private final Shape shape;
    private final int firstChannel;
    private final ChannelStats[] channels;

    /** A counter for the elements {@code [from, to)} of a tensor of shape {@code shape}. */
    public ReluStatsCounter(Shape shape, int from, int to) {
        if (from < 0 || to < from || to > shape.size()) {
            throw new IllegalArgumentException("elements [" + from + ", " + to + ") are not in shape " + shape);
        }
        this.shape = shape;
        this.firstChannel = from / shape.sliceSize();
        this.channels = new ChannelStats[to == from ? 0 : (to - 1) / shape.sliceSize() - firstChannel + 1];
        Arrays.fill(channels, ChannelStats.NONE);
    }

    /** The element just past the channel of {@code element}: where its channel's counts end. */
    public int channelEnd(int element) {
        return (element / shape.sliceSize() + 1) * shape.sliceSize();
    }

    /** Adds {@code counts} of cells in the channel of {@code element} to that channel's counts. */
    public void add(int element, ChannelStats counts) {
        int k = element / shape.sliceSize() - firstChannel;
        channels[k] = channels[k].plus(counts);
    }

    /**
     * The statistics of the whole tensor from counters that together counted every element
     * once.
     *
     * @throws IllegalStateException when the counters did not count every element of the shape
     */
    public static ReluStats merge(Shape shape, List<ReluStatsCounter> parts) {
        ChannelStats[] sums = new ChannelStats[shape.depth()];
        Arrays.fill(sums, ChannelStats.NONE);
        for (ReluStatsCounter part : parts) {
            for (int k = 0; k < part.channels.length; k++) {
                sums[part.firstChannel + k] = sums[part.firstChannel + k].plus(part.channels[k]);
            }
        }
        List<ChannelStats> perChannel = new ArrayList<>(sums.length);
        ChannelStats total = ChannelStats.NONE;
        for (ChannelStats c : sums) {
            perChannel.add(c);
            total = total.plus(c);
        }
        if (total.cells() != shape.size()) {
            throw new IllegalStateException(
                    "counted " + total.cells() + " cells of the " + shape.size() + " in " + shape);
        }
        return new ReluStats(perChannel, total);
    }
}
