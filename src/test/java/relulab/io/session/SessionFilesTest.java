package relulab.io.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TestFiles;

class SessionFilesTest {

    private static final int MINIMUM_CORPUS_SIZE = 10;
    private static final String CORPUS = "malformed-sessions";

    @TempDir
    Path dir;

    /** Every value the format must keep exactly: signed zeros, infinities, NaNs with payloads, subnormals. */
    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN,
        Double.longBitsToDouble(0x7ff0_0000_0000_0001L), // signalling NaN, lowest payload
        Double.longBitsToDouble(0xfff8_dead_beef_cafeL), // negative quiet NaN with a payload
        Double.longBitsToDouble(0x7ff4_0000_0000_1234L),
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        0.1,
        1.0 / 3,
        -1e-300,
        1e300,
        Math.nextUp(1.0),
        Math.nextDown(-2.0),
    };

    @Test
    void roundTripKeepsEveryBitIncludingSpecialValues() throws IOException {
        Shape shape = new Shape(3, 5, 7);
        Random random = new Random(20261130);
        Tensor3 x = Tensor3.generate(shape, i -> i < SPECIAL.length ? SPECIAL[i] : random.nextGaussian() * 1e3);
        Tensor3 dout = Tensor3.generate(shape, i -> Double.longBitsToDouble(random.nextLong()));
        Map<String, JsonElement> parts = new LinkedHashMap<>();
        parts.put("colors", JsonParser.parseString("{\"palette\": \"PURPLE_ORANGE\", \"scope\": \"PER_CHANNEL\"}"));
        parts.put("dying", JsonParser.parseString("{\"learning_rate\": 2.5, \"dataset\": \"xor\", \"seed\": -77}"));
        parts.put("anything", JsonParser.parseString("[1, \"two\", {\"three\": 3.5}]"));
        Session saved = new Session(
                new TensorData(x, DType.FLOAT32, 3),
                new TensorData(dout, DType.INT64, 3),
                "leaky:0.01",
                GradientAtZero.HALF,
                parts,
                "vanishing");
        Path file = dir.resolve("lesson.relulab");

        SessionFiles.write(file, saved);
        Session read = SessionFiles.read(file);

        assertSameBits(x, read.x().tensor());
        assertSameBits(dout, read.dout().tensor());
        assertEquals(DType.FLOAT32, read.x().dtype());
        assertEquals(DType.INT64, read.dout().dtype());
        assertEquals(3, read.x().rank());
        assertEquals("leaky:0.01", read.activation());
        assertEquals(saved.gradientAtZero(), read.gradientAtZero());
        assertEquals(parts, read.parts());
        assertEquals(List.copyOf(parts.keySet()), List.copyOf(read.parts().keySet()));
        assertEquals("vanishing", read.selectedTab());
    }

    @Test
    void roundTripKeepsTheFilesRankAndLeavesOutWhatWasNotSaved() throws IOException {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 4), new double[] {-0.0, 0.0, -1.5, 2.0});
        Session saved = new Session(
                new TensorData(x, DType.FLOAT64, 1),
                new TensorData(x, DType.FLOAT64, 4),
                "relu",
                GradientAtZero.ZERO,
                null,
                null);
        Path file = dir.resolve("small.relulab");

        SessionFiles.write(file, saved);
        Session read = SessionFiles.read(file);

        assertArrayEquals(new int[] {4}, read.x().dims());
        assertArrayEquals(new int[] {1, 1, 1, 4}, read.dout().dims());
        assertSameBits(x, read.x().tensor());
        assertEquals(Map.of(), read.parts());
        assertNull(read.selectedTab());
    }

    @Test
    void theFileIsJsonWithFormatAndVersionFirst() throws IOException {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 2), new double[] {1.0, -2.0});
        Path file = dir.resolve("plain.relulab");
        SessionFiles.write(
                file,
                new Session(
                        new TensorData(x, DType.FLOAT64, 1),
                        new TensorData(x, DType.FLOAT64, 1),
                        "relu",
                        GradientAtZero.ZERO,
                        null,
                        null));

        String text = Files.readString(file);

        assertTrue(text.startsWith("{\n  \"format\": \"relulab-session\",\n  \"version\": 2,"), text);
        // 1.0 and -2.0 as little-endian doubles, in Base64.
        assertTrue(text.contains("\"float64_le\": \"AAAAAAAA8D8AAAAAAAAAwA==\""), text);
    }

    @Test
    void theCorpusBaseIsValid() throws IOException {
        Session s = SessionFiles.read(TestFiles.resourceDir(CORPUS).resolve("valid.json"));
        assertEquals(-2.0, s.x().tensor().get(1));
        assertEquals("relu", s.activation());
        assertEquals(
                JsonParser.parseString("{\"learning_rate\": 0.1, \"dataset\": \"spiral\", \"activation\": \"relu\","
                        + " \"hidden_layers\": 2, \"width\": 64, \"steps\": 300, \"seed\": 1}"),
                s.parts().get("dying"));
    }

    @Test
    void aVersion1FileIsReadWithItsSlopeAsAnActivationAndItsSettingsAsParts() throws IOException {
        Session s = SessionFiles.read(TestFiles.resourceDir(CORPUS).resolve("valid_version_1.json"));

        assertEquals("leaky:0.1", s.activation());
        assertEquals(GradientAtZero.HALF, s.gradientAtZero());
        assertEquals(
                List.of("colors", "dying", "vanishing"), List.copyOf(s.parts().keySet()));
        assertEquals(
                JsonParser.parseString("{\"palette\": \"BLUE_RED\", \"scope\": \"FORWARD_BACKWARD\"}"),
                s.parts().get("colors"));
        assertEquals("dying", s.selectedTab());
    }

    static Stream<Arguments> corpus() {
        return TestFiles.expectedTable(CORPUS).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedSessionIsRefusedWithItsOwnOneLineMessage(String name, String expected) {
        Path file = TestFiles.resourceDir(CORPUS).resolve(name);
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith("'" + name + "': "), message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.length() < 200, message);
    }

    @Test
    void theCorpusIsLargeEnoughAndEveryFileExpectsDifferentWords() throws IOException {
        Map<String, String> table = TestFiles.expectedTable(CORPUS);
        Set<String> files;
        try (Stream<Path> list = Files.list(TestFiles.resourceDir(CORPUS))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SessionFiles.EXTENSION))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(table.keySet()));
        assertTrue(files.size() >= MINIMUM_CORPUS_SIZE, "only " + files.size() + " malformed sessions");
        assertEquals(table.size(), Set.copyOf(table.values()).size(), "two files expect the same words");
    }

    @Test
    void aFailedWriteLeavesTheOldSessionAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("keep.relulab");
        Files.writeString(file, "old");
        Path blocked = dir.resolve("missing-folder").resolve("new.relulab");
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 1));
        Session s = new Session(TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ZERO, null, null);

        IOException e = assertThrows(IOException.class, () -> SessionFiles.write(blocked, s));

        assertTrue(e.getMessage().startsWith("'new.relulab': cannot be written"), e.getMessage());
        assertEquals("old", Files.readString(file));
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(
                    Set.of("keep.relulab"),
                    list.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void aFolderIsRefused() {
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionFiles.read(dir));
        assertTrue(e.getMessage().endsWith("is a folder, not a file"), e.getMessage());
    }

    private static void assertSameBits(Tensor3 expected, Tensor3 actual) {
        assertEquals(expected.shape(), actual.shape());
        long[] e = new long[expected.size()];
        long[] a = new long[actual.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = Double.doubleToRawLongBits(expected.get(i));
            a[i] = Double.doubleToRawLongBits(actual.get(i));
        }
        assertArrayEquals(e, a);
    }
}
