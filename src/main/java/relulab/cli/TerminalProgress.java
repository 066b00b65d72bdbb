package relulab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr: {@code task: 42% (4,200 of 10,000 steps), about 3 min left},
 * rewritten in place on one terminal line.
 *
 * <p>Nothing is shown for work that ends within {@value #QUIET_MILLIS} ms, nor when the
 * program is not talking to a terminal (a script or a pipe wants stdout and stderr clean);
 * the line is redrawn at most {@value #REDRAW_MILLIS} ms apart and wiped when the work ends.
 */
public final class TerminalProgress implements AutoCloseable {

    static final long QUIET_MILLIS = 2_000;
    static final long REDRAW_MILLIS = 250;

    private final String task;
    private final String unit;
    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private int drawnLength;

    TerminalProgress(String task, String unit, PrintWriter err, boolean enabled, LongSupplier clockMillis) {
        this.task = task;
        this.unit = unit;
        this.err = err;
        this.enabled = enabled;
        this.clock = clockMillis;
        this.start = clockMillis.getAsLong();
        this.lastDrawn = start - REDRAW_MILLIS;
    }

    /**
     * Progress for {@code task} counted in {@code unit} (e.g. "steps") on {@code err}, shown only
     * when the program runs in a terminal.
     */
    public static TerminalProgress onStderr(String task, String unit, PrintWriter err) {
        return new TerminalProgress(task, unit, err, System.console() != null, System::currentTimeMillis);
    }

    /** {@code done} of {@code total} units are finished. */
    public void update(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed < QUIET_MILLIS || now - lastDrawn < REDRAW_MILLIS) {
            return;
        }
        lastDrawn = now;
        String line = line(done, total, elapsed);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** The text of the progress line after {@code elapsed} ms. */
    String line(long done, long total, long elapsed) {
        String text = String.format(Locale.ROOT, "%s: %d%% (%,d of %,d %s)",
                task, 100 * done / total, done, total, unit);
        if (done > 0 && done < total) {
            long left = (long) ((double) elapsed * (total - done) / done);
            text += ", about " + duration(left) + " left";
        }
        return text;
    }

    /** Wipes the progress line, if one was drawn. */
    @Override
    public void close() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    /** {@code 45 s}, {@code 3 min 20 s}, {@code 17 h 40 min}. */
    static String duration(long millis) {
        long s = Math.max(1, Math.round(millis / 1000.0));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
