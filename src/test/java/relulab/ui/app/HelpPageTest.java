package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import relulab.ui.app.HelpPage.Line;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonContext;

class HelpPageTest {

    @Test
    void readsTitleSectionsParagraphsBulletsAndKeyRows() {
        HelpPage page = HelpPage.parse("""
                # Help: Test
                ## What it shows
                One paragraph.

                - a bullet
                ## Keys
                F1 | this help
                Ctrl+Z, Ctrl+Y | undo, redo
                """);
        assertEquals("Help: Test", page.title());
        assertEquals(2, page.sections().size());
        assertEquals(
                List.of(
                        new Line(Line.Kind.PARAGRAPH, "", "One paragraph."),
                        new Line(Line.Kind.BULLET, "", "a bullet")),
                page.sections().get(0).lines());
        assertEquals(List.of("F1", "Ctrl+Z, Ctrl+Y"), page.keys());
    }

    @Test
    void everyLessonOfTheWindowHasAHelpPageWithThingsToTryAndItsKeys() {
        for (Lesson lesson : LessonCatalog.all()) {
            HelpPage page = HelpPage.of(lesson).orElseThrow(() -> new AssertionError("no help for " + lesson.id()));
            assertTrue(page.title().startsWith("Help: "), lesson.id());
            assertTrue(page.keys().contains("F1"), lesson.id() + " help names F1");
            assertTrue(page.sections().stream().anyMatch(s -> s.heading().equals("Keys")), lesson.id());
            assertTrue(
                    page.sections().stream()
                            .anyMatch(s -> s.heading().startsWith("Things to try")
                                    || s.heading().equals("How to use it")),
                    lesson.id());
        }
    }

    @Test
    void theShortcutsPageListsEveryKeyOfTheMenusAndOfTheWalkThrough() {
        List<String> keys = HelpPage.shortcuts().keys();
        for (String key : List.of("F1", "F5", "Ctrl+Q", "W", "Space", "Home, End", "Ctrl+Z, Ctrl+Y")) {
            assertTrue(keys.contains(key), key + " in " + keys);
        }
    }

    @Test
    void aLessonWithoutAHelpPageHasNone() {
        Lesson bare = new Lesson("bare", "Bare") {
            @Override
            public Node createView(LessonContext context) {
                return new Label();
            }
        };
        assertFalse(HelpPage.of(bare).isPresent());
    }
}
