package relulab.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text a line at a time, like {@code BufferedReader.readLine} ({@code \n}, {@code \r}
 * and {@code \r\n} end a line), but refuses a line longer than a limit instead of growing a
 * string until the memory runs out: a 2 GB file of one line is refused after its first
 * {@code limit} characters.
 */
final class BoundedLines {

    /** Thrown when a line is longer than the limit; the caller names the file and the line. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("line too long");
        }
    }

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int filled;
    private boolean skipLineFeed;

    BoundedLines(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its end, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer, 0, buffer.length);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? line.toString() : null;
                }
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (line.length() + (position - start) > limit) {
                throw new TooLong();
            }
            line.append(buffer, start, position - start);
            if (position < filled) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                return line.toString();
            }
        }
    }
}
