package relulab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the committed test corpora live: golden/ (made by NumPy), malformed/ and malformed-sessions/. */
public final class TestFiles {

    private TestFiles() {}

    /** A folder under src/test/resources, as copied to the test class path. */
    public static Path resourceDir(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name + "/").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A golden file, e.g. {@code golden("relu/f8_r3_x.npy")}. */
    public static Path golden(String relative) {
        return resourceDir("golden").resolve(relative);
    }

    /** The malformed corpus's table: file name → the words its error message must contain. */
    public static Map<String, String> malformedTable() {
        return expectedTable("malformed");
    }

    /** A corpus's {@code expected.tsv}: file name → the words its error message must contain. */
    public static Map<String, String> expectedTable(String folder) {
        Map<String, String> table = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(resourceDir(folder).resolve("expected.tsv"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    table.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
