package relulab.core;

import java.util.List;

/**
 * Per-channel counts of what ReLU does to an input tensor, with their total.
 *
 * @param perChannel one entry per depth slice, in order
 * @param total      the sum over all slices
 */
public record ReluStats(List<ChannelStats> perChannel, ChannelStats total) {

    public ReluStats {
        perChannel = List.copyOf(perChannel);
    }

    /** Counts the zeroed, passed, already-zero and NaN cells of x, slice by slice. */
    public static ReluStats of(Tensor3 x) {
        int n = x.shape().sliceSize();
        ReluStatsCounter counter = new ReluStatsCounter(x.shape(), 0, x.size());
        for (int from = 0; from < x.size(); from += n) {
            counter.add(from, ChannelStats.count(x.values(), from, from + n));
        }
        return ReluStatsCounter.merge(x.shape(), List.of(counter));
    }
}
