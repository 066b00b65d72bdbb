package relulab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr: {@code task: 42% (4,200 of 10,000 steps), about 3 min left},
 * rewritten in place on one terminal line.
 *
 * <p>Nothing is shown for work that ends within {@value #QUIET_MILLIS} ms, nor when the
 * program is not talking to a terminal (a script or a pipe wants stdout and stderr clean);
 * the line is redrawn at most {@value #REDRAW_MILLIS} ms apart and wiped when the work ends.
 * Work that counts its steps calls {@link #update}, from any thread; work that cannot count
 * them shows the time it has taken so far ({@link #showTimeSoFar}).
 */
public final class TerminalProgress implements AutoCloseable {

    static final long QUIET_MILLIS = 2_000;
    static final long REDRAW_MILLIS = 250;

    /**
     * Whether stderr is a terminal, and the clock in milliseconds: what {@link #onStderr} asks.
     *
     * @param attached    true when progress may be drawn
     * @param clockMillis the time, for the quiet start, the redraws and the estimates
     */
    record Terminal(BooleanSupplier attached, LongSupplier clockMillis) {
        /** The process's own. */
        static final Terminal SYSTEM = new Terminal(Terminal::stderrIsATerminal, System::currentTimeMillis);

        /**
         * Whether stderr is a terminal, even when stdout goes to a file ({@code dying --sweep
         * --json > runs.json}, the long run that most wants progress): on Linux, what file
         * descriptor 2 is; elsewhere, whether Java has a console, which needs stdout to be a
         * terminal too.
         */
        // Off Linux the console is the only sign there is. Java 17 to 21 give null without a
        // terminal; Java 22's isTerminal() is not on the Java 17 this program targets.
        @SuppressWarnings("SystemConsoleNull")
        static boolean stderrIsATerminal() {
            try {
                String fd2 = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
    }

    /** The terminal {@link #onStderr} draws on; a test puts one that says yes and runs fast. */
    static volatile Terminal terminal = Terminal.SYSTEM;

    private final String task;
    private final String unit;
    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private int drawnLength;
    private Thread ticker;
    private boolean closed;

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
        Terminal t = terminal;
        return new TerminalProgress(task, unit, err, t.attached().getAsBoolean(), t.clockMillis());
    }

    /** {@code done} of {@code total} units are finished. */
    public synchronized void update(long done, long total) {
        if (!enabled || total <= 0 || closed) {
            return;
        }
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed < QUIET_MILLIS || now - lastDrawn < REDRAW_MILLIS) {
            return;
        }
        lastDrawn = now;
        draw(line(Math.min(done, total), total, elapsed));
    }

    /**
     * For work that cannot count its steps: from now until {@link #close}, a helper thread
     * redraws {@code task: UNIT, 5 s so far} (the unit says what the work is, e.g. "50 layers of
     * 512 units").
     */
    public void showTimeSoFar() {
        if (!enabled) {
            return;
        }
        ticker = new Thread(
                () -> {
                    try {
                        while (tick()) {
                            Thread.sleep(REDRAW_MILLIS);
                        }
                    } catch (InterruptedException e) {
                        // Closed: the line is wiped by close.
                    }
                },
                "relu-lab progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** Draws the time so far once it is past the quiet start; false when closed. */
    private synchronized boolean tick() {
        if (closed) {
            return false;
        }
        long elapsed = clock.getAsLong() - start;
        if (elapsed >= QUIET_MILLIS) {
            draw(task + ": " + unit + ", " + duration(elapsed) + " so far");
        }
        return true;
    }

    private void draw(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** The text of the progress line after {@code elapsed} ms. */
    String line(long done, long total, long elapsed) {
        String text =
                String.format(Locale.ROOT, "%s: %d%% (%,d of %,d %s)", task, 100 * done / total, done, total, unit);
        if (done > 0 && done < total) {
            long left = (long) ((double) elapsed * (total - done) / done);
            text += ", about " + duration(left) + " left";
        }
        return text;
    }

    /** Stops the time so far, if shown, and wipes the progress line, if one was drawn. */
    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.interrupt();
        }
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
