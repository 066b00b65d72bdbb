package relulab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the main classes small enough to read in one sitting: a class that grows past
 * {@value #MAX_LINES} lines has taken on a second job, and is split along it.
 */
class ClassSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void noMainClassIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lineCount(f) > MAX_LINES)
                    .map(f -> MAIN_SOURCES.relativize(f) + " (" + lineCount(f) + " lines)")
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), tooLong);
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
