package relulab.trythis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

/**
 * A claim a learner reads is a test: every "try this" row of the help pages and of the lesson path
 * ({@link TryThisRows}) names, in {@code registry.properties} beside this class's package, the test
 * that does it and checks what it promises — {@code <row id>=fully.qualified.TestClass#method}, or
 * several such, separated by commas, when the row makes promises that different tests check. The
 * build fails on a row without an entry, on an entry for a row that does not exist, on an entry
 * given twice with different tests, and on a class or method that does not exist or is not a JUnit test; and on a
 * translated help page whose "Things to try" has not as many rows as the English one.
 */
class TryThisRegistryTest {

    private static final String REGISTRY = "relulab/trythis/registry.properties";

    /**
     * The registry's entries in file order. A row given twice with the same tests is harmless (two
     * helpers may each register a row they checked); with other tests it is a problem, not an override.
     */
    private static Map<String, String> registry(List<String> problems) {
        String text = TryThisRows.resource(REGISTRY).orElseThrow(() -> new AssertionError("no " + REGISTRY));
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                problems.add("registry line is not 'row id=Class#method': " + l);
                continue;
            }
            String id = l.substring(0, eq).strip();
            String tests = l.substring(eq + 1).strip();
            String before = entries.put(id, tests);
            if (before != null && !before.equals(tests)) {
                problems.add(id + ": given twice, with other tests (" + before + " and " + tests + ")");
            }
        }
        return entries;
    }

    @Test
    void everyRowHasATestAndEveryEntryARow() {
        List<String> problems = new ArrayList<>();
        Map<String, String> rows = TryThisRows.all();
        Map<String, String> registry = registry(problems);
        for (Map.Entry<String, String> row : rows.entrySet()) {
            if (!registry.containsKey(row.getKey())) {
                problems.add(row.getKey() + ": no test in the registry for \"" + row.getValue() + "\"");
            }
        }
        for (Map.Entry<String, String> entry : registry.entrySet()) {
            if (!rows.containsKey(entry.getKey())) {
                problems.add(entry.getKey() + ": no such row (" + entry.getValue() + ")");
            }
            for (String test : entry.getValue().split(",", -1)) {
                problem(test.strip()).ifPresent(p -> problems.add(entry.getKey() + ": " + p));
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " problems");
    }

    /** What is wrong with {@code Class#method} as a test, if anything. */
    static Optional<String> problem(String test) {
        int hash = test.indexOf('#');
        if (hash <= 0 || hash == test.length() - 1) {
            return Optional.of("'" + test + "' is not Class#method");
        }
        Class<?> type;
        try {
            type = Class.forName(test.substring(0, hash), false, TryThisRegistryTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.of("no class " + test.substring(0, hash));
        }
        String name = test.substring(hash + 1);
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .toList();
        if (methods.isEmpty()) {
            return Optional.of("no method " + test);
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isAnnotationPresent(Disabled.class)) {
            return Optional.of(type.getName() + " is abstract or disabled: its tests do not run");
        }
        for (Method m : methods) {
            if (isTest(m)) {
                return m.isAnnotationPresent(Disabled.class) ? Optional.of(test + " is disabled") : Optional.empty();
            }
        }
        return Optional.of(test + " is not a JUnit test");
    }

    /** A test, a test factory, a parameterised or a repeated test: all are marked {@link Testable}. */
    private static boolean isTest(Method m) {
        if (Modifier.isPrivate(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
            return false;
        }
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(Testable.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyTranslatedHelpPageHasTheEnglishRows() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String id : TryThisRows.lessonIds()) {
            Optional<String> english = TryThisRows.resource(TryThisRows.helpPageName(id, ""));
            if (english.isEmpty()) {
                continue;
            }
            int section = TryThisRows.trySection(english.get());
            List<String> headings = TryThisRows.headings(english.get());
            int rows = section < 0
                    ? 0
                    : TryThisRows.rowsOfSection(english.get(), section).size();
            for (String suffix : TryThisRows.TRANSLATIONS) {
                String name = TryThisRows.helpPageName(id, suffix);
                Optional<String> page = TryThisRows.resource(name);
                if (page.isEmpty()) {
                    problems.add(name + ": missing");
                    continue;
                }
                pages++;
                List<String> translated = TryThisRows.headings(page.get());
                if (translated.size() != headings.size()) {
                    problems.add(name + ": " + translated.size() + " sections, English has " + headings.size());
                } else if (section >= 0) {
                    int n = TryThisRows.rowsOfSection(page.get(), section).size();
                    if (n != rows) {
                        problems.add(name + ": " + n + " things to try under " + translated.get(section)
                                + ", English has " + rows);
                    }
                }
            }
        }
        assertTrue(pages > 0, "no translated help page found");
        assertEquals("", String.join("\n", problems), problems.size() + " problems");
    }

    @Test
    void theRowsAreFoundOnTheHelpPagesAndThePath() {
        Map<String, String> rows = TryThisRows.all();
        assertTrue(rows.keySet().stream().anyMatch(id -> id.startsWith("help.code.")), rows.keySet()::toString);
        assertTrue(rows.containsKey("path.forward.1"), rows.keySet()::toString);
        assertEquals(
                List.of(),
                rows.entrySet().stream()
                        .filter(e -> e.getValue().endsWith("\u2192 null"))
                        .map(Map.Entry::getKey)
                        .toList(),
                "path rows with a .do but no .see");
    }

    @Test
    void aMethodThatIsNoTestIsRefused() {
        assertEquals(
                Optional.of(TryThisRegistryTest.class.getName() + "#problem is not a JUnit test"),
                problem(TryThisRegistryTest.class.getName() + "#problem"));
        assertTrue(problem("relulab.NoSuchClass#x").orElseThrow().startsWith("no class"));
        assertTrue(problem(TryThisRegistryTest.class.getName() + "#noSuchMethod")
                .orElseThrow()
                .startsWith("no method"));
        assertEquals(Optional.empty(), problem(TryThisRegistryTest.class.getName() + "#aMethodThatIsNoTestIsRefused"));
    }
}
