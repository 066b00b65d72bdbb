package relulab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the malformed corpus is refused with its own one-line message naming it. */
class MalformedFilesTest {

    private static final int MINIMUM_CORPUS_SIZE = 20;

    static Stream<Arguments> corpus() {
        return TestFiles.malformedTable().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFileFailsWithItsOwnOneLineMessageNamingTheFile(String name, String expected) {
        Path file = TestFiles.resourceDir("malformed").resolve(name);
        TensorFileException e = assertThrows(TensorFileException.class, () -> TensorFiles.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith("'" + name + "': "), message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    @Test
    void tableCoversEveryFileOfTheCorpusAndTheCorpusIsLargeEnough() throws IOException {
        Map<String, String> table = TestFiles.malformedTable();
        Set<String> files;
        try (Stream<Path> list = Files.list(TestFiles.resourceDir("malformed"))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".py") && !n.endsWith(".tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(table.keySet()));
        assertTrue(files.size() >= MINIMUM_CORPUS_SIZE, "only " + files.size() + " malformed files");
    }

    @Test
    void everyMalformedFileHasADifferentMessage() {
        Map<String, String> table = TestFiles.malformedTable();
        assertEquals(table.size(), Set.copyOf(table.values()).size(), "two files expect the same words");
    }
}
