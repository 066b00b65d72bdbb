package relulab.ui.app.keep;

import java.io.IOException;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.GridColors;

/**
 * What the window remembers between runs — its bounds, the lesson shown, the grids' colours
 * and the recent files — read at start-up, written when the window closes, and forgotten on
 * Reset to defaults. The language is remembered only once the user chooses one in the menu, so
 * a run started with {@code -Drelulab.locale} leaves the user's choice as it was.
 */
final class WindowMemory {

    private static final Messages WORDS = Messages.of(WindowMemory.class);

    private final KeepWindow keep;
    private final PreferencesFile preferences;
    private Stage stage;
    private double defaultWidth;
    private double defaultHeight;
    private boolean remembering;
    /** What the last run left, for what this run does not change (the bounds while maximized). */
    private KeptPreferences lastRun = KeptPreferences.DEFAULTS;
    /** The language chosen in the menu in this run, or null. */
    private Locale chosenLanguage;

    WindowMemory(KeepWindow keep, PreferencesFile preferences) {
        this.keep = keep;
        this.preferences = preferences;
    }

    /** Takes note of the stage and its first size, the size Reset to defaults brings back. */
    void attach(Stage window) {
        this.stage = window;
        defaultWidth = window.getScene().getWidth();
        defaultHeight = window.getScene().getHeight();
    }

    /** The preferences of the last run: read them off the FX thread, then {@link #apply} them. */
    KeptPreferences read() {
        return preferences.read();
    }

    /** Puts the window as the last run left it, and remembers this run when it closes. */
    void apply(KeptPreferences p) {
        remembering = true;
        lastRun = p;
        keep.recent().setText(p.recent());
        if (p.hasBounds()) {
            Rectangle2D onScreen = ScreenFit.fit(p.x(), p.y(), p.width(), p.height());
            stage.setX(onScreen.getMinX());
            stage.setY(onScreen.getMinY());
            stage.setWidth(onScreen.getWidth());
            stage.setHeight(onScreen.getHeight());
        }
        stage.setMaximized(p.maximized());
        if (p.tab() != null) {
            keep.workspace().openLesson(p.tab());
        }
        GridColors colors = keep.workspace().colors();
        keep.document().quietly(() -> {
            for (Palette v : Palette.values()) {
                if (v.name().equals(p.palette())) {
                    colors.paletteProperty().set(v);
                }
            }
            for (ColorScope v : ColorScope.values()) {
                if (v.name().equals(p.scope())) {
                    colors.scopeProperty().set(v);
                }
            }
        });
    }

    /** The user chose {@code language} in the menu: the next run starts in it. */
    void languageChosen(Locale language) {
        chosenLanguage = language;
    }

    /** The window closed: remembers it for the next run, if this run continued the last. */
    void closed() {
        if (!remembering) {
            return;
        }
        try {
            preferences.write(current());
        } catch (IOException e) {
            // Preferences are a convenience: the next start simply uses the defaults.
        }
    }

    private KeptPreferences current() {
        boolean max = stage.isMaximized();
        boolean normal = !max && !stage.isFullScreen() && !stage.isIconified();
        KeptPreferences old = lastRun;
        GridColors.Choice colors = keep.workspace().colors().choice();
        return new KeptPreferences(
                normal ? stage.getX() : old.x(),
                normal ? stage.getY() : old.y(),
                normal ? stage.getWidth() : old.width(),
                normal ? stage.getHeight() : old.height(),
                max,
                keep.workspace().shownLesson(),
                colors.palette().name(),
                colors.scope().name(),
                keep.recent().asText(),
                chosenLanguage != null ? chosenLanguage.toLanguageTag() : old.language());
    }

    /** Forgets the preferences: default size, centred, on the workbench, default colours. */
    void resetToDefaults() {
        chosenLanguage = null;
        try {
            preferences.delete();
        } catch (IOException e) {
            keep.refuse(WORDS.format("status.reset.failed", FileTrouble.of(preferences.path(), e)));
        }
        if (stage != null) {
            stage.setMaximized(false);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(defaultWidth, screen.getWidth()));
            stage.setHeight(Math.min(defaultHeight, screen.getHeight()));
            stage.centerOnScreen();
        }
        keep.workspace().openLesson(LessonIds.WORKBENCH);
        keep.workspace().colors().apply(GridColors.Choice.DEFAULT);
        keep.say(WORDS.get("status.reset"));
    }
}
