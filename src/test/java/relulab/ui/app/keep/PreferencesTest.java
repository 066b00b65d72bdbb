package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.KeptLocale;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;

/** The window remembers its place, its lesson, its colours and its recent files, until Reset to defaults. */
class PreferencesTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path data;

    private MainWindow open(FxRobot robot, Stage[] stage) {
        MainWindow[] window = new MainWindow[1];
        List<CompletableFuture<Void>> last = new ArrayList<>();
        robot.interact(() -> {
            window[0] = windows.openMain(data);
            stage[0] = windows.stage();
            last.add(window[0].keep().continueLastRun());
        });
        try {
            last.get(0).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the window did not continue the last run", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }

    @Test
    void theNextRunOpensWhereThisOneClosedAndResetForgetsIt(FxRobot robot) throws Exception {
        Stage[] first = new Stage[1];
        MainWindow one = open(robot, first);
        Path recent = Files.writeString(data.resolve("x.csv"), "1,2\n");
        robot.interact(() -> {
            first[0].setX(40);
            first[0].setY(30);
            first[0].setWidth(1100);
            first[0].setHeight(720);
            one.openLesson("dying");
            one.colors().paletteProperty().set(Palette.PURPLE_ORANGE);
            one.colors().scopeProperty().set(ColorScope.PER_CHANNEL);
            one.keep().recent().add(recent);
            first[0].hide();
        });

        Stage[] second = new Stage[1];
        MainWindow two = open(robot, second);

        assertEquals(40, second[0].getX());
        assertEquals(30, second[0].getY());
        assertEquals(1100, second[0].getWidth());
        assertEquals(720, second[0].getHeight());
        assertEquals("dying", two.shownLesson());
        assertEquals(Palette.PURPLE_ORANGE, two.colors().paletteProperty().get());
        assertEquals(ColorScope.PER_CHANNEL, two.colors().scopeProperty().get());
        assertEquals(recent.toAbsolutePath(), two.keep().recent().files().get(0));
        assertEquals("ReLU Lab", second[0].getTitle(), "remembered colours are not unsaved work");

        robot.interact(() -> two.keep().resetToDefaults());
        assertEquals("workbench", two.shownLesson());
        assertEquals(Palette.BLUE_RED, two.colors().paletteProperty().get());
        assertFalse(Files.exists(data.resolve("preferences.json")));
        robot.interact(() -> second[0].hide());
    }

    @Test
    void aLanguageChosenInTheMenuIsRememberedForTheNextRun(FxRobot robot) {
        Stage[] stage = new Stage[1];
        MainWindow one = open(robot, stage);
        robot.interact(() -> one.switchLanguage(Locale.forLanguageTag("pt-BR")));
        robot.interact(() -> stage[0].hide());
        assertEquals("pt-BR", new PreferencesFile(data).read().language());
    }

    @Test
    void aDamagedPreferencesFileReadsAsTheDefaults() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("preferences.json"), "{\"x\": [oops");
        assertEquals(KeptPreferences.DEFAULTS, new PreferencesFile(data).read());
        assertTrue(Files.exists(data.resolve("preferences.json")));
    }

    @Test
    void openRecentKeepsTheLastEightWithoutRepeats() {
        RecentFiles recent = new RecentFiles();
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/f" + i + ".npy"));
        }
        recent.add(Path.of("/f5.npy"));
        assertEquals(RecentFiles.LIMIT, recent.files().size());
        assertEquals(Path.of("/f5.npy"), recent.files().get(0));
        assertEquals(Path.of("/f9.npy"), recent.files().get(1));
        assertEquals(Path.of("/f2.npy"), recent.files().get(7), "f5 moved up, so f2 stays");
    }
}
