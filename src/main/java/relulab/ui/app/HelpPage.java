package relulab.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of help, read from a small text resource under {@code relulab/ui/app/help/}, one per
 * lesson id ({@code workbench.txt}, …) plus {@code shortcuts.txt}. The format is the least that
 * reads well as plain text too:
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

    /** The directory of the help resources, next to this class. */
    static final String FOLDER = "help/";

    /** One part of a page: a heading, then its paragraphs, bullets and key rows in order. */
    record Section(String heading, List<Line> lines) {
    }

    /** One line of a section; for a key row, {@code key} holds the key and {@code text} its action. */
    record Line(Kind kind, String key, String text) {

        enum Kind { PARAGRAPH, BULLET, KEY }
    }

    HelpPage {
        sections = List.copyOf(sections);
    }

    /** The help page of the lesson with the given id (or {@code shortcuts}), if there is one. */
    static Optional<HelpPage> load(String name) {
        try (InputStream in = HelpPage.class.getResourceAsStream(FOLDER + name + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the help page " + name, e);
        }
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
                lines.add(new Line(Line.Kind.KEY, line.substring(0, bar).strip(), line.substring(bar + 3).strip()));
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
        return sections.stream().flatMap(s -> s.lines().stream())
                .filter(l -> l.kind() == Line.Kind.KEY).map(Line::key).toList();
    }
}
