package relulab.cli;

import java.util.Locale;

/**
 * Checks, before a command allocates its arrays, that Java may use enough memory for them, and
 * words the refusal: how much is needed, how much Java may use, and the {@code -Xmx} option
 * that gives it more. The same words serve when an {@link OutOfMemoryError} happens anyway
 * (an estimate is an estimate).
 */
public final class MemoryBudget {

    private static final long MIB = 1L << 20;
    /** Room for everything besides the big arrays: buffers, the JIT, the command's own objects. */
    private static final long HEADROOM = 64 * MIB;

    private MemoryBudget() {}

    /**
     * Throws an {@link IllegalArgumentException} with the one-line refusal when {@code bytes}
     * more than Java already uses would not fit under its maximum heap.
     *
     * @param what what the memory is for, e.g. "reading x.npy and dout.npy"
     */
    public static void require(long bytes, String what) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long needed = used + bytes + HEADROOM;
        if (needed > rt.maxMemory()) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s needs about %,d MiB of memory but Java may use only %,d MiB; %s",
                    what,
                    (bytes + HEADROOM + MIB - 1) / MIB,
                    rt.maxMemory() / MIB,
                    hint(needed)));
        }
    }

    /** The one line for an {@link OutOfMemoryError} that no estimate foresaw. */
    public static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return String.format(Locale.ROOT, "not enough memory: Java may use only %,d MiB; %s", max / MIB, hint(2 * max));
    }

    /** How to start Java with room for {@code bytes}: the next whole number of GiB. */
    private static String hint(long bytes) {
        long gib = (bytes + (1L << 30) - 1) >> 30;
        return "give Java more with -Xmx" + gib + "g, e.g. java -Xmx" + gib + "g -jar relu-lab.jar ...";
    }
}
