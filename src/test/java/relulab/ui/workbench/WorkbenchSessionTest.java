package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.testsupport.LabWindows;
import relulab.testsupport.LessonViews;
import relulab.ui.app.MainWindow;

/**
 * The workbench's activation, with its parameter, is kept in a session: saved and opened again,
 * every member comes back; a session naming a member the program does not have is refused in
 * one line, and the work stays as it was.
 */
class WorkbenchSessionTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @TempDir
    Path folder;

    private MainWindow window;
    private WorkbenchViewModel model;

    @BeforeEach
    void start() {
        window = windows.openMain();
        LabWindows.interact(() -> {
            window.openLesson(WorkbenchLesson.ID);
            model = LessonViews.workbench(window).viewModel();
        });
    }

    @Test
    void everyMemberWithItsParameterComesBackFromASession() throws Exception {
        List<Activation> members = new ArrayList<>(Activations.all());
        members.add(Activations.parse("leaky:0.2"));
        members.add(Activations.parse("elu:0.5"));
        for (Activation f : members) {
            Path file = folder.resolve(f.id() + "-" + f.parameters().size() + ".relulab");
            LabWindows.interact(() -> model.chooseActivation(f));
            finish(LabWindows.onFx(() -> window.keep().saveInBackground(file)));
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"" + f.name() + "\""), f.name());

            LabWindows.interact(() ->
                    model.chooseActivation(f.id().equals("relu") ? Activations.parse("tanh") : Activations.relu()));
            saveElsewhere();
            finish(LabWindows.onFx(() -> window.keep().openSession(file)));
            assertEquals(f, window.state().activation(), f.name() + " round-trips");
            assertEquals(f, model.results().activation(), "the workbench computes with it");
        }
    }

    @Test
    void aSessionWithAnUnknownMemberIsRefusedInOneLine() throws Exception {
        Path saved = folder.resolve("gelu.relulab");
        LabWindows.interact(() -> model.chooseActivation(Activations.parse("gelu")));
        finish(LabWindows.onFx(() -> window.keep().saveInBackground(saved)));
        String json = Files.readString(saved, StandardCharsets.UTF_8);
        Path unknown = folder.resolve("swish.relulab");
        Files.writeString(unknown, json.replaceFirst("\"gelu\"", "\"swish\""), StandardCharsets.UTF_8);
        LabWindows.interact(() -> model.chooseActivation(Activations.parse("silu")));
        saveElsewhere();

        Task<?> open = LabWindows.onFx(() -> window.keep().openSession(unknown));
        try {
            open.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // a refused session may end the task with its reason: the message line says it too
        }
        WaitForAsyncUtils.waitForFxEvents();
        String message = window.keep().messageProperty().get();
        assertTrue(message.contains("unknown activation 'swish'"), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertEquals(Activations.parse("silu"), window.state().activation(), "the work stays as it was");
    }

    /**
     * Saves the window's work to a file of its own, so that opening a session replaces saved work
     * and does not stop to ask about unsaved work.
     */
    private void saveElsewhere() throws Exception {
        finish(LabWindows.onFx(() -> window.keep().saveInBackground(folder.resolve("elsewhere.relulab"))));
    }

    private static void finish(Task<?> task) throws Exception {
        task.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
