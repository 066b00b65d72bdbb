package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.CutTexts;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.lesson.Lesson;
import relulab.ui.shared.grid.TensorGrid;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.workbench.Panel;
import relulab.ui.workbench.WorkbenchView;

/**
 * The whole window at the smallest supported size and on a full-HD screen, in normal and in
 * presentation mode, in every language View ▸ Language offers and in the pseudo-locale (whose
 * texts are some 40% longer than English, as German's are): on every tab no label, button or
 * tab shows its text cut to "…" where its full text is meant to show, and each grid prints its
 * numbers in one font. A language whose message files are not there yet reads as English.
 *
 * <p>A Labeled is cut when the text its skin displays differs from its own text (the skin puts
 * the ellipsis in the displayed string).
 */
class WindowLayoutTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private Stage stage;
    private MainWindow window;

    /** A window that speaks {@code language} from its first node on. */
    private void open(Locale language) {
        UiLocale.set(language);
        window = windows.openMain();
        stage = windows.stage();
    }

    /** The sizes every language must fit: the smallest window, a full-HD screen, and a projector in F5. */
    private static final int[][] SIZES = {{1024, 700, 0}, {1920, 1080, 0}, {1280, 800, 1}};

    /** Every language View ▸ Language offers, and the pseudo-locale. */
    static Stream<String> languages() {
        return Stream.concat(Languages.offered().stream(), Stream.of(UiLocale.PSEUDO))
                .map(Locale::toLanguageTag);
    }

    /**
     * One window per language, laid out at each size in turn (normal mode at 1024×700 and
     * 1920×1080, presentation mode at 1280×800); the faults of all three are reported together.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyTabShowsEveryTextInFullAndEachGridInOneFont(String language, FxRobot robot) {
        open(Locale.forLanguageTag(language));
        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            cut.addAll(faultsAt(size[0], size[1], size[2] == 1, robot));
        }
        assertEquals(List.of(), cut, "texts cut to \u2026 in " + language);
    }

    private List<String> faultsAt(int width, int height, boolean presentation, FxRobot robot) {
        String size = width + "\u00d7" + height + (presentation ? " F5" : "");
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.presentInWindow(presentation);
        });
        // The story of a zero cell is the longest line the workbench shows.
        robot.interact(() -> window.openLesson("workbench"));
        robot.interact(() -> LessonViews.workbench(window)
                .viewModel()
                .hoverProperty()
                .set(new relulab.ui.shared.grid.CellIndex(0, 1, 1)));
        List<String> cut = new ArrayList<>();
        for (Lesson lesson : LessonCatalog.all()) {
            Tab tab = window.tab(lesson.id()).orElseThrow();
            robot.interact(() -> window.openLesson(lesson.id()));
            WaitForAsyncUtils.waitForFxEvents();
            // Styled, laid out and read in one go: a background result (the dying lesson's run)
            // posted between them would change a text after the layout that sized its label, and a
            // tab built just now may not have had the CSS pass that gives its labels their font.
            robot.interact(() -> {
                window.root().applyCss();
                window.root().layout();
                cut.addAll(CutTexts.under(window.root(), size + " " + lesson.id()));
            });
            assertTrue(tab.isSelected());
        }

        robot.interact(() -> window.openLesson("workbench"));
        WorkbenchView workbench = LessonViews.workbench(window);
        for (Panel panel : Panel.values()) {
            TensorGrid grid = workbench.grid(panel);
            if (grid.numberFontSize() <= 0) {
                cut.add(size + " workbench: " + panel + " shows no numbers");
            } else if (grid.numberFontsInLastPaint() != 1) {
                cut.add(size + " workbench: " + panel + " prints its numbers in more than one font");
            }
        }
        return cut;
    }

    @ParameterizedTest(name = "presentation toolbar at {0}×{1}")
    @CsvSource({"1280, 800", "1024, 700"})
    void theWorkbenchToolbarStaysOneRowInPresentationMode(int width, int height, FxRobot robot) {
        open(language.before());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.presentInWindow(true);
            window.openLesson("workbench");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node toolbar = robot.lookup(".workbench-toolbar").query();
        Parent groups = (Parent) toolbar;
        double top = Double.NaN;
        for (Node group : groups.getChildrenUnmodifiable()) {
            double y = group.getBoundsInParent().getMinY();
            if (Double.isNaN(top)) {
                top = y;
            }
            if (width >= 1280) {
                assertEquals(top, y, 0.5, "every toolbar group on the first row at " + width + "\u00d7" + height);
            }
        }
        assertTrue(toolbar.getBoundsInParent().getWidth() <= width);
    }
}
