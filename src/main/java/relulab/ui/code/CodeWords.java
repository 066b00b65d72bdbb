package relulab.ui.code;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import relulab.core.Activation;
import relulab.core.ActivationCode;
import relulab.io.NumberText;
import relulab.io.code.LiteralLanguage;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;

/**
 * The code lesson's words that depend on the activation shown: its own sentence
 * ({@code <key>.<id>}) where the bundle has one, else the general one for code that gives ReLU
 * Lab's bits ({@code .exact}) or its numbers to rounding ({@code .rounding}); and the list of
 * differences between the chapter's code and the code shown (for code that matches to rounding,
 * naming the library functions it calls, found in the code itself), to which the chosen slope at 0 is
 * added when it is not the chapter's 0 (the chapter's {@code (x > 0)} passes nothing at x = 0),
 * and the count of lines, which the chapter's one-liners and the exact form do not share.
 */
final class CodeWords {

    private static final Messages WORDS = Messages.of(CodeWords.class);

    /** A call of a function whose rounding may differ between libraries, with NumPy's prefix if it has one. */
    private static final Pattern LIBRARY_FUNCTION =
            Pattern.compile("\\b(?:np\\.)?(?:expm1|exp|log1p|tanh|erfc)(?=\\()|(?<=vectorize\\()erfc\\b");

    private CodeWords() {}

    /** {@code <key>.<id>} of {@code f}, or {@code <key>.exact}/{@code <key>.rounding}, with its name as {0}. */
    static String of(String key, Activation f) {
        return of(key, f, "");
    }

    /** As {@link #of(String, Activation)}, with {@code functions} as {1}. */
    private static String of(String key, Activation f, String functions) {
        String own = key + "." + f.id();
        String general = key + (f.code().bitExact() ? ".exact" : ".rounding");
        return WORDS.format(WORDS.has(own) ? own : general, ActivationWords.name(f), functions);
    }

    /**
     * The library functions that {@code source} calls whose last bit may differ from the Java's
     * ({@code exp}, {@code expm1}, {@code log1p}, {@code tanh}, {@code erfc}, as written there, e.g.
     * {@code np.exp}), each once, in the order they first appear; comments and imports are skipped.
     */
    static List<String> libraryFunctions(String source) {
        Set<String> found = new LinkedHashSet<>();
        source.lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#")
                        && !line.startsWith("%")
                        && !line.startsWith("from ")
                        && !line.startsWith("import "))
                .forEach(line -> {
                    Matcher m = LIBRARY_FUNCTION.matcher(line);
                    while (m.find()) {
                        found.add(m.group());
                    }
                });
        return List.copyOf(found);
    }

    /**
     * Each difference between the chapter's code in {@code language} and the code of {@code f},
     * named, then how many lines ReLU Lab's forward and backward take against the chapter's one.
     */
    static String differences(LiteralLanguage language, Activation f) {
        String key = language.name().toLowerCase(Locale.ROOT);
        ActivationCode code = f.code();
        boolean python = language == LiteralLanguage.PYTHON;
        String source =
                python ? code.numpyForward() + code.numpyBackward() : code.octaveForward() + code.octaveBackward();
        String list = of("differences." + key, f, String.join(", ", libraryFunctions(source)));
        if (!WORDS.has("differences." + key + "." + f.id())) {
            // Only the chapter's own activation has a list of differences; another one is all different.
            list = WORDS.format("differences.other", ActivationWords.name(f)) + " " + list;
        }
        double atZero = f.backward(0.0, 1.0);
        if (f.hasChoiceAtZero() && atZero != 0) {
            list += "\n" + WORDS.format("differences.zero", NumberText.forDisplay(atZero, 2));
        }
        return list + "\n"
                + WORDS.format(
                        "differences.lines",
                        WORDS.get("language." + key),
                        statements(python ? code.numpyForward() : code.octaveForward()),
                        statements(python ? code.numpyBackward() : code.octaveBackward()));
    }

    /** The lines of {@code source} that do something: neither blank nor a comment. */
    static long statements(String source) {
        return source.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("%"))
                .count();
    }
}
