package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.lesson.Lesson;
import relulab.ui.shared.text.UiLocale;

/**
 * No lesson's tab ever goes behind the tab row's overflow menu (▾): in every language View ▸
 * Language offers and in the pseudo-locale, at the smallest supported window and at a projector's
 * 1280×800, in normal and in presentation mode, every tab lies whole inside the window, shows its
 * title uncut, in type no smaller than {@value #SMALLEST_TITLE_PX} px and no larger than the body's.
 * Where the screen is wide, presentation mode sets the titles as large as the body text.
 *
 * <p>One window speaks each language in turn (View ▸ Language's live switch), so the test opens
 * one window, not twenty.
 */
class TabRowTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    /** The smallest type the tab titles may take: still read from a laptop's seat. */
    private static final double SMALLEST_TITLE_PX = 11;
    /** The body's type size in presentation mode ({@code .root.presentation} in relulab.css). */
    private static final double PRESENTATION_BODY_PX = 19;

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private MainWindow window;

    @BeforeEach
    void open() {
        window = windows.openMain();
    }

    static Stream<Locale> languages() {
        return Stream.concat(Languages.offered().stream(), Stream.of(UiLocale.PSEUDO));
    }

    @Test
    void everyTabShowsWholeInEveryLanguageAtEverySizeInBothModes() {
        List<String> wrong = new ArrayList<>();
        languages().forEach(language -> {
            LabWindows.interact(() -> window.switchLanguage(language));
            for (int[] size : new int[][] {{1024, 700}, {1280, 800}}) {
                for (boolean presentation : new boolean[] {false, true}) {
                    layOut(size[0], size[1], presentation);
                    String where = language.toLanguageTag() + " at " + size[0] + "\u00d7" + size[1]
                            + (presentation ? " in presentation mode" : "");
                    wrong.addAll(LabWindows.onFx(() -> tabRowFaults(where, presentation)));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void presentationModeSetsTheTitlesAsLargeAsTheBodyWhereTheyFit() {
        LabWindows.interact(() -> window.switchLanguage(Locale.ENGLISH));
        layOut(1920, 1080, true);
        for (Lesson lesson : LessonCatalog.all()) {
            Tab tab = window.tab(lesson.id()).orElseThrow();
            double size = LabWindows.onFx(() -> titleLabel(tab).getFont().getSize());
            assertEquals(PRESENTATION_BODY_PX, size, 0.01, lesson.id() + "'s tab title at 1920\u00d71080 in F5");
        }
    }

    private void layOut(int width, int height, boolean presentation) {
        LabWindows.interact(() -> {
            windows.stage().setWidth(width);
            windows.stage().setHeight(height);
            window.presentInWindow(presentation);
        });
        WaitForAsyncUtils.waitForFxEvents();
        LabWindows.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
    }

    private List<String> tabRowFaults(String where, boolean presentation) {
        List<String> faults = new ArrayList<>();
        double sceneWidth = window.root().getScene().getWidth();
        double body = presentation ? PRESENTATION_BODY_PX : 13;
        for (Lesson lesson : LessonCatalog.all()) {
            Tab tab = window.tab(lesson.id()).orElseThrow();
            Node header = header(tab);
            Bounds b = header.localToScene(header.getLayoutBounds());
            if (!header.isVisible() || b.getMinX() < 0 || b.getMaxX() > sceneWidth) {
                faults.add(where + ": tab \"" + tab.getText() + "\" is not whole in the window: " + b);
            }
            Label label = titleLabel(tab);
            String shown = shownText(label);
            if (!tab.getText().equals(shown)) {
                faults.add(where + ": tab \"" + tab.getText() + "\" shows as \"" + shown + "\"");
            }
            double size = label.getFont().getSize();
            if (size < SMALLEST_TITLE_PX || size > body + 0.01) {
                faults.add(where + ": tab \"" + tab.getText() + "\" in " + size + " px type");
            }
        }
        LessonTabs tabs = (LessonTabs) window.root().lookup("." + LessonTabs.STYLE_CLASS);
        for (Node part : tabs.getChildrenUnmodifiable()) {
            Node overflow =
                    part.getStyleClass().contains("tab-header-area") ? part.lookup(".control-buttons-tab") : null;
            if (overflow != null && overflow.isVisible()) {
                faults.add(where + ": the tab row shows its overflow menu");
            }
        }
        return faults;
    }

    /** The tab's header in the tab row: the node that carries the tab's id. */
    private Node header(Tab tab) {
        return window.root().lookup("#" + tab.getId());
    }

    private Label titleLabel(Tab tab) {
        return (Label) header(tab).lookup(".tab-label");
    }

    private static String shownText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return label.getText();
    }
}
