package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.testsupport.ChildJava;
import relulab.testsupport.LabWindows;
import relulab.ui.app.MainWindow;

/**
 * Recovery after a kill, with real processes: each edits x and is killed (SIGKILL) once its
 * autosave is on disk; the next window offers every one's work back, restores the one chosen
 * and leaves the others on disk and on offer. A recovery file the window refuses stays on disk.
 * A window that closes normally leaves no recovery file, and a live window's recovery file is
 * never touched by another: offered only once that window is killed. Restoring over unsaved
 * work — the first of two runs restored — asks first, and Cancel keeps it.
 */
class RecoveryTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    /** The values the killed processes wrote into x[0,0,0]. */
    private static final double MARK = -1234.5;

    private static final double OTHER_MARK = 777.25;

    @TempDir
    Path data;

    private MainWindow window;
    private Stage stage;

    @Test
    void theWorkOfTwoKilledWindowsIsOfferedAndRestoringOneKeepsTheOther(FxRobot robot) throws Exception {
        Process first = startChild(MARK);
        Process second = startChild(OTHER_MARK);
        Set<Path> autosaved;
        try {
            WaitForAsyncUtils.waitFor(
                    120, TimeUnit.SECONDS, () -> recoveryFiles().size() == 2 || !first.isAlive() || !second.isAlive());
            assertTrue(first.isAlive() && second.isAlive(), () -> "a second process ended on its own: " + errors());
        } finally {
            kill(first);
            kill(second);
        }
        autosaved = recoveryFiles();
        assertEquals(2, autosaved.size(), "each killed window left its own autosave");

        open(robot);
        assertEquals(2, robot.lookup(".recovery-bar").queryAll().size(), "both runs' work is offered");
        robot.clickOn(
                robot.lookup(".recovery-restore").<Button>queryAll().iterator().next());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            double v = window.state().x().get(0, 0, 0);
            return v == MARK || v == OTHER_MARK;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("*ReLU Lab", stage.getTitle(), "restored work is unsaved until saved");
        assertEquals(1, recoveryFilesBut(window.keep().recoveryFile()).size(), "only the restored file is gone");
        assertEquals(1, robot.lookup(".recovery-bar").queryAll().size(), "the other is still offered");

        robot.clickOn(".recovery-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), recoveryFilesBut(window.keep().recoveryFile()), "discarded by the user");
        assertTrue(robot.lookup(".recovery-bar").tryQuery().isEmpty());

        Path own = window.keep().recoveryFile();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(own));
        robot.interact(() -> stage.hide());
        assertFalse(Files.exists(own), "a normal close removes the window's recovery file");
        assertEquals(Set.of(), recoveryFiles());
    }

    @Test
    void aLiveWindowsWorkIsLeftAloneByASecondWindowAndOfferedOnceThatWindowIsKilled(FxRobot robot) throws Exception {
        Process child = startChild(MARK);
        Path childFile;
        try {
            WaitForAsyncUtils.waitFor(
                    120, TimeUnit.SECONDS, () -> recoveryFiles().size() == 1 || !child.isAlive());
            assertTrue(child.isAlive(), () -> "the other window ended on its own: " + errors());
            childFile = recoveryFiles().iterator().next();
            // Past its first autosave period, the other window has nothing new to write.
            Thread.sleep(Autosave.PERIOD_MS + 1_000);
            byte[] written = Files.readAllBytes(childFile);
            FileTime writtenAt = Files.getLastModifiedTime(childFile);

            open(robot);
            assertTrue(robot.lookup(".recovery-bar").tryQuery().isEmpty(), "a live window's work is not offered");
            robot.interact(() -> window.state()
                    .setTensors(
                            window.state().x().with(0, 0, 0, OTHER_MARK),
                            window.state().dout()));
            Path own = window.keep().recoveryFile();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(own));
            robot.interact(() -> stage.hide());

            assertTrue(child.isAlive(), () -> "the other window still lives: " + errors());
            assertArrayEquals(written, Files.readAllBytes(childFile), "its recovery file is as it wrote it");
            assertEquals(writtenAt, Files.getLastModifiedTime(childFile));
            assertEquals(Set.of(childFile), recoveryFiles(), "and no other is left");
        } finally {
            kill(child);
        }

        open(robot);
        assertEquals(1, robot.lookup(".recovery-bar").queryAll().size(), "once killed, its work is offered");
        robot.clickOn(restoreButton(robot, childFile));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().x().get(0, 0, 0) == MARK);
    }

    @Test
    void restoringASecondRunsWorkOverTheFirstRestoredAsksAndCancelKeepsTheFirst(FxRobot robot) throws Exception {
        Path first = Autosave.recoveryFile(data);
        Path second = Autosave.recoveryFile(data);
        SessionFiles.write(first, session(MARK, null));
        SessionFiles.write(second, session(OTHER_MARK, null));

        open(robot);
        robot.clickOn(restoreButton(robot, first));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().x().get(0, 0, 0) == MARK);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(first), "restored: the window holds the only copy, unsaved");

        robot.clickOn(restoreButton(robot, second));
        robot.clickOn(KeepWindowTest.dialogButton(robot, ButtonBar.ButtonData.CANCEL_CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MARK, window.state().x().get(0, 0, 0), "Cancel keeps the first run's work");
        assertEquals("*ReLU Lab", stage.getTitle(), "still unsaved, so still kept by the autosave");
        assertTrue(Files.exists(second), "and the second run's work is still on disk");
        assertEquals(1, robot.lookup(".recovery-bar").queryAll().size(), "and still offered");

        robot.clickOn(restoreButton(robot, second));
        robot.clickOn(KeepWindowTest.dialogButton(robot, ButtonBar.ButtonData.NO));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().x().get(0, 0, 0) == OTHER_MARK);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(second), "replaced as the user chose: the second run's work is the window's");
        assertTrue(robot.lookup(".recovery-bar").tryQuery().isEmpty());
    }

    @Test
    void aRecoveryFileTheWindowRefusesStaysOnDiskAndTheOthersAreStillRestored(FxRobot robot) throws Exception {
        Path good = Autosave.recoveryFile(data);
        Path refused = Autosave.recoveryFile(data);
        Path garbage = Autosave.recoveryFile(data);
        SessionFiles.write(good, session(MARK, null));
        Files.setLastModifiedTime(good, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // Well-formed, but with settings no lesson of this window keeps: the window refuses it.
        SessionFiles.write(refused, session(OTHER_MARK, Map.of("no-such-lesson", 1)));
        Files.writeString(garbage, "{\"format\": \"relulab-session\", \"version\": 2, oops");
        Files.setLastModifiedTime(garbage, FileTime.fromMillis(System.currentTimeMillis() - 120_000));

        open(robot);
        assertEquals(3, robot.lookup(".recovery-restore").queryAll().size());
        Tensor3 before = window.state().x();

        robot.clickOn(restoreButton(robot, refused));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".message-bar").tryQuery().isPresent());
        String message = messageBarText(robot);
        assertTrue(message.contains("'" + refused.getFileName()), message);
        assertTrue(message.contains("no-such-lesson"), message);
        assertTrue(message.contains(data.toString()), "it says where the file stays: " + message);
        assertTrue(window.state().x() == before, "nothing changed");

        robot.clickOn(restoreButton(robot, garbage));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> messageBarText(robot).contains(garbage.getFileName().toString()));
        assertTrue(window.state().x() == before, "nothing changed");

        robot.clickOn(restoreButton(robot, good));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().x().get(0, 0, 0) == MARK);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(Files.exists(good), "restored, so removed");
        assertTrue(Files.exists(refused), "a refused file is never deleted");
        assertTrue(Files.exists(garbage), "nor one that cannot be read");
        assertEquals(2, robot.lookup(".recovery-bar").queryAll().size(), "and both are still offered");
        robot.clickOn(".message-bar .bar-close");
        assertTrue(robot.lookup(".message-bar").tryQuery().isEmpty(), "the refusal stays until closed");
    }

    @Test
    void aFileLeftWithThisProcesssIdIsACrashedRunsWorkAndIsOffered(FxRobot robot) throws Exception {
        // Inside a container every start gets the same pid: the old name must not make it "ours".
        Path samePid = data.resolve("recovery-" + ProcessHandle.current().pid() + ".relulab");
        SessionFiles.write(samePid, session(MARK, null));

        open(robot);
        robot.clickOn(".recovery-restore");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().x().get(0, 0, 0) == MARK);
        assertFalse(Files.exists(samePid));
    }

    private void open(FxRobot robot) throws Exception {
        List<CompletableFuture<Void>> last = new ArrayList<>();
        robot.interact(() -> {
            window = windows.openMain(data);
            stage = windows.stage();
            last.add(window.keep().continueLastRun());
        });
        last.get(0).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Session session(double mark, Map<String, Integer> parts) {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 2), new double[] {mark, 1});
        var json = parts == null
                ? null
                : parts.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> JsonParser.parseString(String.valueOf(e.getValue()))));
        return new Session(TensorData.of(x), TensorData.of(x), "relu", GradientAtZero.ZERO, json, null);
    }

    private static Button restoreButton(FxRobot robot, Path file) {
        return robot.lookup(".recovery-restore").<Button>queryAll().stream()
                .filter(b -> file.equals(b.getUserData()))
                .findFirst()
                .orElseThrow();
    }

    private static String messageBarText(FxRobot robot) {
        return robot.lookup(".message-bar .bar-text")
                .<Label>tryQuery()
                .map(Label::getText)
                .orElse("");
    }

    private Set<Path> recoveryFiles() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(p -> p.getFileName().toString().matches("recovery-.*\\.relulab"))
                    .collect(Collectors.toSet());
        }
    }

    private Set<Path> recoveryFilesBut(Path own) throws IOException {
        Set<Path> all = recoveryFiles();
        all.remove(own);
        return all;
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
    }

    private Process startChild(double mark) throws Exception {
        List<String> command = ChildJava.command(
                ChildJava.HEADLESS_WINDOW, RecoveryChild.class.getName(), data.toString(), Double.toString(mark));
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(data.resolve("child-stderr-" + mark + ".txt").toFile())
                .start();
    }

    private String errors() {
        try (Stream<Path> files = Files.list(data)) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("child-stderr"))
                    .toList()) {
                all.append(Files.readString(p));
            }
            return all.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
