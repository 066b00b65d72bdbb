package relulab.cli;

import java.util.List;

/**
 * One option of a command as the user types it: {@code --name VALUE} or {@code --name=VALUE},
 * or a flag {@code --name}, which takes no value.
 *
 * @param names        every name of the option ({@code -h}, {@code --help}); messages and help
 *                     call it by the last one
 * @param label        how help names the value ({@code X}, {@code N}), or null for a flag
 * @param help         what --help says of it; {@code {default}} in it stands for the default value
 * @param defaultValue the value when the option is not given, or null
 * @param mandatory    whether the command refuses to run without it
 */
record Opt(List<String> names, String label, String help, String defaultValue, boolean mandatory) {

    Opt {
        names = List.copyOf(names);
    }

    /** A flag: given or not. */
    static Opt flag(String help, String... names) {
        return new Opt(List.of(names), null, help, null, false);
    }

    /** An option that takes a value, none by default. */
    static Opt value(String name, String label, String help) {
        return new Opt(List.of(name), label, help, null, false);
    }

    /** This option with {@code value} when it is not given. */
    Opt withDefault(String value) {
        return new Opt(names, label, help, value, mandatory);
    }

    /** This option, which must be given. */
    Opt required() {
        return new Opt(names, label, help, defaultValue, true);
    }

    /** The name messages and help use: the long one. */
    String name() {
        return names.get(names.size() - 1);
    }

    boolean isFlag() {
        return label == null;
    }

    /** How the usage line writes it: {@code --out=DIR}, or the flag's first name ({@code -h}). */
    String synopsis() {
        return isFlag() ? names.get(0) : name() + "=" + label;
    }

    /** What --help says of it, with its default in place. */
    String helpText() {
        return defaultValue == null ? help : help.replace("{default}", defaultValue);
    }
}
