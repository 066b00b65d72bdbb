package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.io.TestFiles;

/** {@code compute} on each malformed file: exit 2, its one line on stderr, nothing written. */
class ComputeMalformedInputTest {

    static Stream<Arguments> corpus() {
        return TestFiles.malformedTable().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exitsWithCodeTwoOneStderrLineAndWritesNothing(String name, String expected, @TempDir Path dir) {
        Path out = dir.resolve("out");
        Path input = TestFiles.resourceDir("malformed").resolve(name);
        CliRun run = CliRun.of("compute", "--input", input.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("relu-lab: '" + name + "': "), line);
        assertTrue(line.contains(expected), () -> "expected '" + expected + "' in " + line);
        assertTrue(
                line.chars().allMatch(c -> c >= ' ' && c != 127 && !(c >= 0x80 && c < 0xA0)),
                () -> "a control character reached the terminal: " + line);
        assertFalse(Files.exists(out), "the output folder was created");
    }
}
