package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.MainWindowTest;
import relulab.ui.lesson.Lesson;
import relulab.ui.shared.ChapterQuotes;
import relulab.ui.shared.text.UiLocale;

/**
 * Walks the whole window in the pseudo-locale {@code en-XA} and fails on every visible text that
 * did not come from a message bundle, and on every label that cuts its text.
 *
 * <p>In the pseudo-locale every message is accented and bracketed ({@code [Ŝéţ ··]}), so a plain
 * ASCII letter on screen was written in Java. What may keep ASCII letters: numbers as the program
 * prints them ({@code 1e-3}, {@code NaN}, {@code Infinity}, {@code inf}), tensor shapes
 * ({@code 3×4×4}), and the code tab's NumPy and Octave source and literals, which are code.
 *
 * <p>The walk shows every tab (a lesson is built when first shown), opens each lesson's F1 help,
 * and reads the labels, texts, tab titles, menu items, tooltips, context menus, chart titles,
 * axis labels and prompts of everything visible. Text drawn on a canvas is not seen. The
 * languages' names in View ▸ Language are written in their own languages on purpose.
 */
class PseudoLocaleWalkTest extends MainWindowTest {

    /** What may stand in a text in any language: numbers as printed, NaN and infinities. */
    private static final Pattern ALLOWED =
            Pattern.compile("(?<![A-Za-z])(NaN|nan|Infinity|inf|\\d*\\.?\\d+[eE][+\\-−]?\\d+)(?![A-Za-z])");

    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");
    /** Style classes of the code tab's source and literals ({@code CodeView}): code, not words. */
    private static final Set<String> CODE_CLASSES = Set.of("code", "data");
    /** The ids of View ▸ Language's items: each language's name, the same in every language. */
    private static final String LANGUAGE_NAME_ID = "menu-language-";

    private static Locale before;

    @BeforeAll
    static void speakPseudo() {
        before = UiLocale.current();
        UiLocale.set(UiLocale.PSEUDO);
    }

    @AfterAll
    static void speakAsBefore() {
        UiLocale.set(before);
    }

    @Test
    void everyVisibleTextComesFromABundleAndNoLabelCutsItsText(FxRobot robot) {
        Map<String, String> hardCoded = new LinkedHashMap<>();
        Set<String> cut = new LinkedHashSet<>();
        for (Lesson lesson : LessonCatalog.all()) {
            robot.interact(() -> window.openLesson(lesson.id()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> walk(window.root(), lesson.id(), hardCoded, cut));
            robot.type(KeyCode.F1);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> walk(window.root().lookup("#help-overlay"), lesson.id() + " help", hardCoded, cut));
            robot.type(KeyCode.ESCAPE);
        }
        robot.interact(() -> window.root()
                .lookupAll(".menu-bar")
                .forEach(bar -> ((MenuBar) bar).getMenus().forEach(menu -> menuTexts(menu, "menu", hardCoded))));
        List<String> failures = new ArrayList<>();
        hardCoded.forEach((text, where) -> failures.add(where + ": " + text));
        failures.addAll(cut);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " texts not from a bundle or cut:\n" + String.join("\n", failures));
    }

    /** Collects the texts of {@code node} and every visible node below it. */
    static void walk(Node node, String where, Map<String, String> hardCoded, Set<String> cut) {
        if (!node.isVisible() || isCode(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled.getText(), where, hardCoded);
            checkNotCut(labeled, where, cut);
        }
        if (node instanceof Text text && !(text.getParent() instanceof Labeled)) {
            check(text.getText(), where, hardCoded);
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), where + " prompt", hardCoded);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                check(tab.getText(), where + " tab", hardCoded);
                if (tab.getTooltip() != null) {
                    check(tab.getTooltip().getText(), where + " tab tooltip", hardCoded);
                }
            }
        }
        if (node instanceof Control control) {
            // A quotation's original is the chapter's words as the chapter wrote them, in any language.
            if (control.getTooltip() != null
                    && !control.getTooltip().getStyleClass().contains(ChapterQuotes.ORIGINAL)) {
                check(control.getTooltip().getText(), where + " tooltip", hardCoded);
            }
            if (control.getContextMenu() != null) {
                control.getContextMenu()
                        .getItems()
                        .forEach(item -> menuTexts(item, where + " context menu", hardCoded));
            }
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip installed
                && !installed.getStyleClass().contains(ChapterQuotes.ORIGINAL)) {
            check(installed.getText(), where + " tooltip", hardCoded);
        }
        if (node instanceof Chart chart) {
            check(chart.getTitle(), where + " chart title", hardCoded);
        }
        if (node instanceof Axis<?> axis) {
            check(axis.getLabel(), where + " axis label", hardCoded);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, where, hardCoded, cut);
            }
        }
    }

    static void menuTexts(MenuItem item, String where, Map<String, String> hardCoded) {
        if (item.getId() != null && item.getId().startsWith(LANGUAGE_NAME_ID)) {
            return;
        }
        check(item.getText(), where, hardCoded);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menuTexts(child, where, hardCoded));
        }
    }

    /** Adds {@code text} when an ASCII letter is left in it once the numbers are taken out. */
    static void check(String text, String where, Map<String, String> hardCoded) {
        if (text != null
                && ASCII_LETTER.matcher(ALLOWED.matcher(text).replaceAll("")).find()) {
            hardCoded.putIfAbsent(text.replace("\n", "⏎"), where);
        }
    }

    /** Adds {@code labeled} when the text it draws ends in an ellipsis its own text does not have. */
    static void checkNotCut(Labeled labeled, String where, Set<String> cut) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String drawn = shown.getText();
                String ellipsis = labeled.getEllipsisString();
                boolean endsCut = (drawn.endsWith(ellipsis) || drawn.endsWith("…") || drawn.endsWith("..."))
                        && !full.endsWith(ellipsis)
                        && !full.endsWith("…")
                        && !full.endsWith("...");
                if (!drawn.equals(full) && endsCut) {
                    cut.add(where + ": cut to \"" + drawn + "\" from \"" + full.replace("\n", "⏎") + "\"");
                }
            }
        }
    }

    /** The code tab's source and literals are code in every language. */
    private static boolean isCode(Node node) {
        return node.getStyleClass().stream().anyMatch(CODE_CLASSES::contains)
                && (node.getId() != null
                        && (node.getId().endsWith("-code") || node.getId().endsWith("-data")));
    }
}
