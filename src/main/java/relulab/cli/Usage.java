package relulab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of {@code --help}: for a command, a usage line, what it does and its options; for
 * the program, its commands. Lines are wrapped to {@value #WIDTH} columns, as a terminal shows
 * them, only at spaces: a description is written as paragraphs, each wrapped as a whole, so a
 * sentence is never broken where its next word would still have fit. A paragraph that is an
 * item of a list ({@code "  out.npy     the forward pass"}) continues under its text, not
 * under its name: a hanging indent, as the options' help has.
 */
final class Usage {

    static final int WIDTH = 80;
    /** The widest first column of the option list; a longer option name puts its help on the next line. */
    private static final int MAX_NAME_COLUMN = 34;
    /** An item of a list: indented, a name, then two spaces or more before its text. */
    private static final Pattern ITEM = Pattern.compile(" +\\S+ {2,}");

    private Usage() {}

    /** The help of {@code command}. */
    static String of(CliCommand command) {
        List<Opt> options = Args.withStandard(command.options());
        List<String> words = new ArrayList<>();
        for (Opt o : options) {
            words.add(o.mandatory() ? o.synopsis() : "[" + o.synopsis() + "]");
        }
        String head = "Usage: relu-lab " + command.name() + " ";
        StringBuilder text = new StringBuilder();
        wrap(text, head, String.join(" ", words), " ".repeat(head.length()));
        for (String paragraph : command.description()) {
            String indent = paragraph.substring(
                    0, paragraph.length() - paragraph.stripLeading().length());
            Matcher item = ITEM.matcher(paragraph);
            String hanging = item.lookingAt() ? " ".repeat(item.end()) : indent;
            wrap(text, indent, paragraph.strip(), hanging);
        }
        text.append("\nOptions:\n");
        int column = 0;
        for (Opt o : options) {
            column = Math.max(column, Math.min(MAX_NAME_COLUMN, names(o).length() + 4));
        }
        for (Opt o : options) {
            String names = "  " + names(o);
            if (names.length() + 2 > column) {
                text.append(names).append('\n');
                names = "";
            }
            wrap(text, names + " ".repeat(column - names.length()), o.helpText(), " ".repeat(column));
        }
        if (!command.footer().isEmpty()) {
            text.append('\n');
            for (String line : command.footer()) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** The help of the program: {@code description}, then each command with the first line of its own. */
    static String ofProgram(List<String> description, List<CliCommand> commands, String helpCommandSummary) {
        StringBuilder text = new StringBuilder("Usage: relu-lab [-h] [-V] [COMMAND [OPTIONS]] | [FILE]\n");
        for (String line : description) {
            text.append(line).append('\n');
        }
        text.append("\nCommands:\n");
        int column = "help".length();
        for (CliCommand c : commands) {
            column = Math.max(column, c.name().length());
        }
        column += 4;
        for (CliCommand c : commands) {
            String name = "  " + c.name();
            wrap(text, name + " ".repeat(column - name.length()), c.summary(), " ".repeat(column));
        }
        String help = "  help";
        wrap(text, help + " ".repeat(column - help.length()), helpCommandSummary, " ".repeat(column));
        text.append("\nOptions:\n");
        for (Opt o : List.of(Args.HELP, Args.VERSION)) {
            String names = "  " + names(o);
            text.append(names)
                    .append(" ".repeat(Math.max(2, column + 4 - names.length())))
                    .append(o.helpText())
                    .append('\n');
        }
        text.append("\nEvery command has its own --help, as in: relu-lab compute --help\n");
        return text.toString();
    }

    /** {@code -h, --help} or {@code --out=DIR}. */
    private static String names(Opt o) {
        String names = String.join(", ", o.names());
        return o.isFlag() ? names : names + "=" + o.label();
    }

    /**
     * Appends {@code words} after {@code first}, breaking lines at spaces before {@link #WIDTH}
     * and starting each further line with {@code indent}.
     */
    private static void wrap(StringBuilder text, String first, String words, String indent) {
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : words.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                text.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
