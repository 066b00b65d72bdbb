package relulab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import relulab.core.NumberGrammar;
import relulab.io.MessageText;
import relulab.io.NumberText;

/**
 * The options of one command as given on the command line, read against the command's
 * {@link Opt}s, with typed getters that refuse a bad value as {@link UsageError}.
 *
 * <p>The grammar is the usual one: {@code --name VALUE} or {@code --name=VALUE} for an option
 * with a value (the next word is its value even when it starts with {@code -}, so
 * {@code --lr -1} reaches the check of the rate), {@code --name} for a flag, each at most once,
 * in any order, and no words that are not options. Numbers follow the program's one number
 * grammar ({@link NumberText}).
 *
 * <p>Written for this program rather than taken from a library: a general parser builds a
 * model of every command by reflection, and that cost a tenth of a second at every start,
 * a third of what a whole {@code compute} takes.
 */
final class Args {

    /** Every command's -h: prints its help and exits. */
    static final Opt HELP = Opt.flag("show this help and exit", "-h", "--help");
    /** Every command's -V: prints the version and exits. */
    static final Opt VERSION = Opt.flag("print the version and exit", "-V", "--version");

    private final Map<String, String> given;
    private final Map<String, Opt> byName;

    private Args(Map<String, String> given, Map<String, Opt> byName) {
        this.given = given;
        this.byName = byName;
    }

    /**
     * Reads {@code words} as options of a command that has {@code options} (and
     * {@link #HELP} and {@link #VERSION}). A missing required option is not refused when
     * help or the version is asked for.
     *
     * @throws UsageError naming the first word that does not fit
     */
    static Args parse(List<Opt> options, List<String> words) {
        Map<String, Opt> byName = new HashMap<>();
        for (Opt o : withStandard(options)) {
            for (String n : o.names()) {
                byName.put(n, o);
            }
        }
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int eq = word.startsWith("--") ? word.indexOf('=') : -1;
            String name = eq < 0 ? word : word.substring(0, eq);
            Opt o = byName.get(name);
            if (o == null) {
                throw new UsageError(
                        word.startsWith("-")
                                ? unknown(name, byName.keySet())
                                : "Unexpected argument: " + MessageText.quote(word));
            }
            String value;
            if (o.isFlag()) {
                if (eq >= 0) {
                    throw new UsageError(o.name() + " takes no value");
                }
                value = "true";
            } else if (eq >= 0) {
                value = word.substring(eq + 1);
            } else if (i + 1 < words.size() && !byName.containsKey(words.get(i + 1))) {
                value = words.get(++i);
            } else {
                throw new UsageError(o.name() + " needs a value (" + o.label() + ")");
            }
            if (given.put(o.name(), value) != null) {
                throw new UsageError(o.name() + " is given twice");
            }
        }
        Args args = new Args(given, byName);
        if (!args.flag(HELP.name()) && !args.flag(VERSION.name())) {
            requireAll(options, given);
        }
        return args;
    }

    /** The names of the help and version flags, which every command and the program itself take. */
    static List<String> standardNames() {
        List<String> names = new ArrayList<>(HELP.names());
        names.addAll(VERSION.names());
        return names;
    }

    /** {@code options} and then the help and version flags, as --help lists them. */
    static List<Opt> withStandard(List<Opt> options) {
        List<Opt> all = new ArrayList<>(options);
        all.add(HELP);
        all.add(VERSION);
        return all;
    }

    private static void requireAll(List<Opt> options, Map<String, String> given) {
        List<String> missing = new ArrayList<>();
        for (Opt o : options) {
            if (o.mandatory() && !given.containsKey(o.name())) {
                missing.add("'" + o.synopsis() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageError(
                    "Missing required option" + (missing.size() > 1 ? "s" : "") + ": " + String.join(", ", missing));
        }
    }

    /** "Unknown option", with the nearest name when one is a slip of one or two letters away. */
    static String unknown(String name, Iterable<String> names) {
        return "Unknown option: " + MessageText.quote(name) + suggestion(name, names);
    }

    /** " (did you mean --seed?)" when a name of {@code names} is one or two letters from {@code name}, else "". */
    static String suggestion(String name, Iterable<String> names) {
        String nearest = nearest(name, names);
        return nearest == null ? "" : " (did you mean " + nearest + "?)";
    }

    /** The name of {@code names} one or two letters away from {@code name}, the nearest; or null. */
    private static String nearest(String name, Iterable<String> names) {
        String nearest = null;
        int best = 3;
        for (String candidate : names) {
            int d = distance(name, candidate);
            if (d < best || (d == best && nearest != null && candidate.compareTo(nearest) < 0)) {
                best = d;
                nearest = candidate;
            }
        }
        return nearest;
    }

    /** The edit distance of a and b, or more than 2 when that is sure without computing it. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64) {
            return 3;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** Whether the flag {@code name} was given. */
    boolean flag(String name) {
        return given.containsKey(name);
    }

    /** The option's value as typed, else its default, else null. */
    String text(String name) {
        String value = given.get(name);
        return value != null ? value : option(name).defaultValue();
    }

    /** The option's value as a path, or null when it has none. */
    Path path(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageError(name + ": " + MessageText.quote(value) + " is not a path");
        }
    }

    /** The option's value as an int ({@link #whole}). */
    int integer(String name) {
        long v = whole(name);
        if (v != (int) v) {
            throw new UsageError(name + ": " + MessageText.quote(NumberGrammar.strip(text(name))) + " is too large");
        }
        return (int) v;
    }

    /**
     * The option's value as a long: a number in the program's number grammar whose value is
     * whole, so {@code " 5"} and {@code 1e1} are read as the window's fields read them.
     */
    long whole(String name) {
        String value = text(name);
        try {
            return NumberGrammar.parseWhole(value);
        } catch (NumberFormatException e) {
            throw new UsageError(name + ": " + MessageText.quote(NumberGrammar.strip(value)) + " is " + e.getMessage());
        }
    }

    /** The option's value as a number in the program's number grammar. */
    double number(String name) {
        try {
            return NumberText.parse(text(name));
        } catch (NumberFormatException e) {
            throw new UsageError(name + ": " + e.getMessage());
        }
    }

    /**
     * The option's value read by {@code parse}, one of a few names ({@code --init}, {@code --dataset}).
     * A value it refuses is quoted as every value from outside is, with the choices as the help
     * names them (the option's label).
     */
    <T> T choice(String name, Function<String, T> parse) {
        String value = text(name);
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError(name + ": " + MessageText.quote(value) + " is not "
                    + option(name).label());
        }
    }

    private Opt option(String name) {
        Opt o = byName.get(name);
        if (o == null) {
            throw new IllegalArgumentException("no option " + name + " was declared");
        }
        return o;
    }
}
