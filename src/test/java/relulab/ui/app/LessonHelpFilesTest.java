package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.ui.lesson.Lesson;

/** Every lesson of the catalogue has its F1 page, {@code help.txt}, in its own package. */
class LessonHelpFilesTest {

    @Test
    void everyLessonHasAHelpPageInItsOwnPackage() {
        List<String> without = LessonCatalog.all().stream()
                .filter(lesson -> lesson.getClass().getResource("help.txt") == null)
                .map(Lesson::id)
                .toList();
        assertTrue(without.isEmpty(), "lessons without help.txt in their package: " + without);
    }
}
