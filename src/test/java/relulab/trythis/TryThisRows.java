package relulab.trythis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relulab.ui.lesson.LessonIds;

/**
 * The "try this" rows a learner reads, each with its id: the help pages' rows ({@code - …} lines
 * under "## Things to try" in a lesson's English {@code help.txt}), {@code help.<lessonId>.<n>},
 * and the lesson path's rows ({@code step.<stepId>.try.<n>.do} in the path's base bundle),
 * {@code path.<stepId>.<n>}; n counts from 1. A lesson's help page is {@code help.txt} in the
 * package named by its id ({@code relulab/ui/<id>/}).
 */
final class TryThisRows {

    /** The English heading of the section whose rows are counted. */
    static final String SECTION = "## Things to try";

    /** The languages a help page is translated into, as the suffix of its file. */
    static final List<String> TRANSLATIONS = List.of("_pt_BR", "_es", "_zh_CN");

    private static final Pattern PATH_ROW = Pattern.compile("step\\.([a-z0-9_]+)\\.try\\.([0-9]+)\\.do");

    private TryThisRows() {}

    /** Every lesson id of {@link LessonIds}, in its declared order. */
    static List<String> lessonIds() {
        List<String> ids = new ArrayList<>();
        for (Field field : LessonIds.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    ids.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return ids;
    }

    /** The text of the classpath resource {@code name}, if there is one. */
    static Optional<String> resource(String name) {
        try (InputStream in = TryThisRows.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** The help page of lesson {@code id} in the language of {@code suffix} ("" for English). */
    static String helpPageName(String id, String suffix) {
        return "relulab/ui/" + id + "/help" + suffix + ".txt";
    }

    /** The place (0-based, among the page's "## " headings) of the English "Things to try", or -1. */
    static int trySection(String englishPage) {
        List<String> headings = headings(englishPage);
        return headings.indexOf(SECTION);
    }

    /** The page's "## " headings, in order. */
    static List<String> headings(String page) {
        return page.lines().filter(l -> l.startsWith("## ")).map(String::strip).toList();
    }

    /** The "- " rows under the {@code section}-th "## " heading of {@code page} (0-based). */
    static List<String> rowsOfSection(String page, int section) {
        List<String> rows = new ArrayList<>();
        int heading = -1;
        for (String line : page.lines().toList()) {
            if (line.startsWith("## ")) {
                heading++;
            } else if (line.startsWith("# ")) {
                heading = -1;
            } else if (heading == section && line.startsWith("- ")) {
                rows.add(line.substring(2).strip());
            }
        }
        return rows;
    }

    /** Every row with its id: the help pages' in lesson order, then the path's in step order. */
    static Map<String, String> all() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String id : lessonIds()) {
            Optional<String> page = resource(helpPageName(id, ""));
            if (page.isEmpty()) {
                continue;
            }
            int section = trySection(page.get());
            if (section < 0) {
                continue;
            }
            List<String> help = rowsOfSection(page.get(), section);
            for (int n = 1; n <= help.size(); n++) {
                rows.put("help." + id + "." + n, help.get(n - 1));
            }
        }
        rows.putAll(pathRows());
        return rows;
    }

    /** The path's rows, {@code path.<stepId>.<n>} → "do → see", in the order of the bundle. */
    static Map<String, String> pathRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        String bundle = resource("relulab/ui/path/messages.properties").orElseThrow();
        Map<String, String> messages = properties(bundle);
        for (String key : messages.keySet()) {
            Matcher m = PATH_ROW.matcher(key);
            if (m.matches()) {
                String see = messages.get(key.substring(0, key.length() - ".do".length()) + ".see");
                rows.put("path." + m.group(1) + "." + m.group(2), messages.get(key) + " \u2192 " + see);
            }
        }
        return rows;
    }

    /** The {@code key=value} lines of a properties text in their order (no continuation lines). */
    static Map<String, String> properties(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            int eq = l.indexOf('=');
            if (!l.isEmpty() && !l.startsWith("#") && eq > 0) {
                entries.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return entries;
    }
}
