package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.lesson.Lesson;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.LabSnapshot;

/**
 * View ▸ Language changes the language at once: switched to the pseudo-locale at run time, every
 * text of every tab and menu is pseudo (so the rebuild reaches everything), while the shared
 * state, the lessons' kept settings, the tab in front, presentation mode and the theme stay;
 * the menu switches back.
 */
class LanguageSwitchTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void open() {
        UiLocale.set(Locale.ENGLISH);
        window = windows.openMain();
    }

    @Test
    void aSwitchReachesEveryTextAndKeepsStateSettingsTabAndLooks(FxRobot robot) {
        robot.interact(() -> {
            window.openLesson(LessonIds.DYING);
            Tensor3 x = Tensor3.generate(new Shape(1, 2, 3), i -> i - 2.5);
            window.state().setTensors(x, Tensor3.generate(x.shape(), i -> 0.5 * i));
            window.state().activationProperty().set(Activations.parse("leaky"));
            window.state().gradientAtZeroProperty().set(GradientAtZero.ONE);
            window.display().presentationProperty().set(true);
            window.useHighContrast(true);
        });
        KeptSettings<?> dying = part(LessonIds.DYING);
        JsonObject reseeded = dying.write().getAsJsonObject().deepCopy();
        reseeded.addProperty("seed", 12_345);
        robot.interact(() -> dying.prepare(reseeded).run());
        LabSnapshot state = window.state().snapshot();
        Map<String, JsonElement> settings = settings();
        String englishTitle = window.lessonTitle(LessonIds.DYING);

        robot.interact(() -> window.switchLanguage(UiLocale.PSEUDO));

        assertEquals(LessonIds.DYING, window.shownLesson(), "the tab in front stays");
        assertEquals(state, window.state().snapshot(), "x, dout, activation and ReLU′(0) stay");
        assertEquals(settings, settings(), "every lesson's kept settings carry over");
        assertEquals(
                12_345,
                part(LessonIds.DYING).write().getAsJsonObject().get("seed").getAsLong());
        assertTrue(window.display().isPresentation(), "presentation mode stays");
        assertTrue(window.isHighContrast(), "the theme stays");
        assertTrue(((RadioMenuItem) menuItem("menu-theme-contrast")).isSelected(), "the menu shows the theme");
        assertNotEquals(englishTitle, window.lessonTitle(LessonIds.DYING));

        Map<String, String> notPseudo = new LinkedHashMap<>();
        Set<String> cut = new LinkedHashSet<>();
        for (Lesson lesson : LessonCatalog.all()) {
            robot.interact(() -> window.openLesson(lesson.id()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> PseudoLocaleWalkTest.walk(window.root(), lesson.id(), notPseudo, cut));
        }
        robot.interact(
                () -> menuBar().getMenus().forEach(menu -> PseudoLocaleWalkTest.menuTexts(menu, "menu", notPseudo)));
        List<String> failures = new ArrayList<>();
        notPseudo.forEach((text, where) -> failures.add(where + ": " + text));
        assertTrue(failures.isEmpty(), "still in English after the switch:\n" + String.join("\n", failures));

        robot.interact(() -> window.openLesson(LessonIds.DYING));
        robot.interact(() -> menuItem("menu-language-en").fire());
        assertEquals(Locale.ENGLISH, UiLocale.current());
        assertEquals(englishTitle, window.lessonTitle(LessonIds.DYING));
        assertEquals(LessonIds.DYING, window.shownLesson());
        assertEquals(state, window.state().snapshot());
        assertTrue(((RadioMenuItem) menuItem("menu-language-en")).isSelected(), "the menu shows the language spoken");
    }

    private KeptSettings<?> part(String key) {
        return window.lessonParts().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, JsonElement> settings() {
        Map<String, JsonElement> written = new LinkedHashMap<>();
        window.lessonParts().forEach(p -> written.put(p.key(), p.write()));
        return written;
    }

    private MenuItem menuItem(String id) {
        List<MenuItem> all = new ArrayList<>(menuBar().getMenus());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Menu menu) {
                all.addAll(menu.getItems());
            }
        }
        return all.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private MenuBar menuBar() {
        return (MenuBar) window.root().lookup(".menu-bar");
    }
}
