package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.text.Messages;

/**
 * Every word the workbench looks up is there: each key its sources name, and, for every
 * activation of the catalogue, the story, walk-through, note and grid words it asks of the
 * shared activation bundle, for every case an element can be in.
 */
class WorkbenchWordsTest {

    private static final Path SOURCES = Path.of("src/main/java/relulab/ui/workbench");
    /** A key written out whole as the first argument (keys put together, as panel.x.hint, are read in use). */
    private static final Pattern KEY = Pattern.compile("TEXT\\.(?:get|format)\\(\"([a-zA-Z.]+)\"\\s*[,)]");
    /** One element of each case: positive, negative, 0, −0, NaN. */
    private static final double[] CASES = {1.5, -0.95, 0.0, -0.0, Double.NaN};

    @Test
    void everyKeyTheSourcesNameIsInTheBundle() throws IOException {
        Messages text = Messages.of(WorkbenchWordsTest.class);
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys++;
                    if (!text.has(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(keys > 50, "keys found: " + keys);
        assertEquals(List.of(), missing);
    }

    static List<Activation> activations() {
        return Activations.all();
    }

    @ParameterizedTest
    @MethodSource("activations")
    void everyActivationTellsEveryCaseAndTitlesEveryGrid(Activation f) {
        for (double x : CASES) {
            String story = ElementStory.describe(0, 1, 2, x, 0.5, f);
            String step = ElementStory.backwardStep(0, 1, 2, x, 0.5, f);
            for (String s : List.of(story, step, ElementStory.forwardStep(0, 1, 2, x, f))) {
                assertFalse(s.contains("{") || s.contains("'"), f.name() + ": " + s);
            }
        }
        for (Panel p : Panel.values()) {
            assertFalse(p.title(f).isBlank() || p.explanation(f).isBlank(), f.name() + " " + p);
        }
        Shape shape = new Shape(2, 3, 4);
        WorkbenchResults r = WorkbenchResults.compute(
                Tensor3.generate(shape, i -> i - 5.5), Tensor3.generate(shape, i -> 1), f, ColorScope.PER_GRID);
        assertFalse(r.gradientNote().contains("{"), r.gradientNote());
        assertFalse(r.zeroedSummary().isBlank());
        assertFalse(r.story(new CellIndex(1, 2, 3)).isBlank());
        for (WalkThrough.Unit unit : WalkThrough.Unit.values()) {
            WalkThrough walk = new WalkThrough(r.x(), r.dout(), f);
            walk.unitProperty().set(unit);
            while (walk.next()) {
                assertFalse(
                        walk.formulaProperty().get().contains("{"),
                        walk.formulaProperty().get());
            }
        }
    }
}
