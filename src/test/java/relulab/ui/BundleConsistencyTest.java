package relulab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles under {@code src/main/resources} agree with each other: every translation
 * ({@code messages_<tag>.properties}) has exactly its base's keys, and each of its messages takes
 * the same arguments (indexes and format types) as the base's. Every bundle is UTF-8 without a
 * replacement character, and no base message is empty.
 */
class BundleConsistencyTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final String BASE = "messages.properties";
    private static final Pattern TRANSLATION = Pattern.compile("messages_[A-Za-z0-9_]+\\.properties");
    /** An argument's index, wherever it stands, inside a choice too. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    @Test
    void thereAreBundlesToCheck() throws IOException {
        assertFalse(bundles(BASE::equals).isEmpty(), "no messages.properties under " + RESOURCES);
    }

    @Test
    void everyBundleIsUtf8WithoutReplacementCharacters() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file :
                bundles(name -> name.equals(BASE) || TRANSLATION.matcher(name).matches())) {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                        .toString();
                if (text.indexOf('\uFFFD') >= 0
                        || load(file).values().stream().anyMatch(v -> ((String) v).indexOf('\uFFFD') >= 0)) {
                    bad.add(file + ": has the replacement character \uFFFD");
                }
            } catch (CharacterCodingException e) {
                bad.add(file + ": not UTF-8 (" + e + ")");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void noBaseMessageIsEmpty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Path file : bundles(BASE::equals)) {
            load(file).forEach((key, value) -> {
                if (((String) value).isBlank()) {
                    empty.add(file + ": " + key);
                }
            });
        }
        assertTrue(empty.isEmpty(), "empty messages:\n" + String.join("\n", empty));
    }

    @Test
    void everyTranslationHasTheBaseKeysAndArguments() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path base : bundles(BASE::equals)) {
            Properties words = load(base);
            try (Stream<Path> siblings = Files.list(base.getParent())) {
                for (Path translation : siblings.filter(p ->
                                TRANSLATION.matcher(p.getFileName().toString()).matches())
                        .sorted()
                        .toList()) {
                    Properties translated = load(translation);
                    TreeSet<String> missing = new TreeSet<>(words.stringPropertyNames());
                    missing.removeAll(translated.stringPropertyNames());
                    TreeSet<String> extra = new TreeSet<>(translated.stringPropertyNames());
                    extra.removeAll(words.stringPropertyNames());
                    missing.forEach(key -> wrong.add(translation + ": misses " + key));
                    extra.forEach(key -> wrong.add(translation + ": has " + key + ", which the base has not"));
                    for (String key : words.stringPropertyNames()) {
                        if (translated.containsKey(key)) {
                            String was = arguments(words.getProperty(key));
                            String is = arguments(translated.getProperty(key));
                            if (!was.equals(is)) {
                                wrong.add(translation + ": " + key + " takes " + is + ", the base " + was);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void argumentsTellIndexesAndFormatTypes() {
        assertEquals(arguments("{0} of {1,number,integer}"), arguments("{1,number,#} von {0}"));
        assertFalse(arguments("{0} cells").equals(arguments("{1} cells")));
        assertFalse(arguments("{0,number} cells").equals(arguments("{0} cells")));
        assertEquals(
                arguments("{0,choice,0#no cells|1#one cell|1<{0,number,integer} cells}"),
                arguments("{0,choice,0#keine|1#eine|1<{0,number,integer} Zellen}"));
    }

    /**
     * The arguments a message takes: the indexes it names (inside choices too) and, where it
     * parses as a {@link MessageFormat}, the format type of each top-level argument.
     */
    private static String arguments(String message) {
        TreeSet<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        String types;
        try {
            Format[] formats = new MessageFormat(message).getFormatsByArgumentIndex();
            types = Arrays.toString(Arrays.stream(formats)
                    .map(f -> f == null ? "text" : f.getClass().getSimpleName())
                    .toArray());
        } catch (IllegalArgumentException notAPattern) {
            types = "not a pattern";
        }
        return "indexes " + indexes + ", types " + types;
    }

    private static List<Path> bundles(java.util.function.Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> name.test(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    /** A bundle read the way {@code ResourceBundle} reads it on Java 9 and later: UTF-8. */
    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }
}
