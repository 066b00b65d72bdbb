package relulab.core;

import java.util.ArrayList;
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
        List<ChannelStats> channels = new ArrayList<>(x.shape().depth());
        ChannelStats total = new ChannelStats(0, 0, 0, 0);
        for (int d = 0; d < x.shape().depth(); d++) {
            ChannelStats c = ChannelStats.count(x.values(), d * n, (d + 1) * n);
            channels.add(c);
            total = total.plus(c);
        }
        return new ReluStats(channels, total);
    }
}
