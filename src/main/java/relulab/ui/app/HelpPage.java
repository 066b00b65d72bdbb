package relulab.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import relulab.ui.lesson.Lesson;
import relulab.ui.shared.text.Messages;

/**
 * One page of help: a lesson's own ({@link Lesson#helpPage()}, its package's {@code help.txt}),
 * or the shell's list of keyboard shortcuts ({@code shortcuts.txt} beside this class), each in
 * the current language. The format is the least that reads well as plain text too:
 *
 * <pre>
 * # Title of the page
 * ## A section
 * A paragraph of text.
 * - a bullet
 * F1 | what the key does        (a key and what it does: a row of the section's key table)
 * </pre>
 *
 * @param title    the page's title
 * @param sections its sections, in order
 */
record HelpPage(String title, List<Section> sections) {

    /** One part of a page: a heading, then its paragraphs, bullets and key rows in order. */
    record Section(String heading, List<Line> lines) {}

    /** One line of a section; for a key row, {@code key} holds the key and {@code text} its action. */
    record Line(Kind kind, String key, String text) {

        enum Kind {
            PARAGRAPH,
            BULLET,
            KEY
        }
    }

    HelpPage {
        sections = List.copyOf(sections);
    }

    /** The help page of {@code lesson}, if it has one. */
    static Optional<HelpPage> of(Lesson lesson) {
        try {
            return Optional.of(parse(lesson.helpPage()));
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }

    /** Every keyboard shortcut of the window. */
    static HelpPage shortcuts() {
        return parse(Messages.of(HelpPage.class).resource("shortcuts.txt"));
    }

    static HelpPage parse(String text) {
        String title = "";
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                if (heading != null || !lines.isEmpty()) {
                    sections.add(new Section(heading == null ? "" : heading, lines));
                }
                heading = line.substring(3).strip();
                lines = new ArrayList<>();
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("- ")) {
                lines.add(new Line(Line.Kind.BULLET, "", line.substring(2).strip()));
            } else if (line.contains(" | ")) {
                int bar = line.indexOf(" | ");
                lines.add(new Line(
                        Line.Kind.KEY,
                        line.substring(0, bar).strip(),
                        line.substring(bar + 3).strip()));
            } else {
                lines.add(new Line(Line.Kind.PARAGRAPH, "", line));
            }
        }
        if (heading != null || !lines.isEmpty()) {
            sections.add(new Section(heading == null ? "" : heading, lines));
        }
        return new HelpPage(title, sections);
    }

    /** Every key named in the page's key rows, in order. */
    List<String> keys() {
        return sections.stream()
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.kind() == Line.Kind.KEY)
                .map(Line::key)
                .toList();
    }
}
