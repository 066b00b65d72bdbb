package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress appears only after two seconds, at most four times a second, and is wiped at the end. */
class TerminalProgressTest {

    @Test
    void staysQuietForShortWorkThenShowsShareCountAndTimeLeft() {
        AtomicLong now = new AtomicLong(0);
        StringWriter text = new StringWriter();
        TerminalProgress p = new TerminalProgress("dying", "steps", new PrintWriter(text), true, now::get);
        now.set(1_999);
        p.update(10, 100);
        assertEquals("", text.toString());
        now.set(3_000);
        p.update(30, 100);
        assertEquals("\rdying: 30% (30 of 100 steps), about 7 s left", text.toString());
        now.set(3_100);
        p.update(31, 100);
        assertEquals("\rdying: 30% (30 of 100 steps), about 7 s left", text.toString(), "redrawn too soon");
        p.close();
        String line = "dying: 30% (30 of 100 steps), about 7 s left";
        assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", text.toString());
    }

    @Test
    void printsNothingWhenNotInATerminal() {
        AtomicLong now = new AtomicLong(0);
        StringWriter text = new StringWriter();
        TerminalProgress p = new TerminalProgress("bench", "steps", new PrintWriter(text), false, now::get);
        now.set(60_000);
        p.update(1, 2);
        p.close();
        assertEquals("", text.toString());
    }

    @Test
    void estimatesDurationsInReadableUnits() {
        assertEquals("45 s", TerminalProgress.duration(45_000));
        assertEquals("3 min 20 s", TerminalProgress.duration(200_000));
        assertEquals("17 h 40 min", TerminalProgress.duration((17 * 3600 + 40 * 60) * 1000L));
    }
}
