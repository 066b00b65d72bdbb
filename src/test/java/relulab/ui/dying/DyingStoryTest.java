package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import relulab.ui.shared.text.Messages;

/**
 * The dying story is told once: the lesson path's chapter sentence for the dying step is word for
 * word in the help page and in the sidebar, so the three can never again contradict each other
 * (or the "Revived" count): a layer-1 unit dies for good, a deeper one can come back, some are
 * dead from initialisation.
 */
class DyingStoryTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = DyingStoryTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String pathChapter() throws IOException {
        Properties path = new Properties();
        try (InputStream in = DyingStoryTest.class.getResourceAsStream("/relulab/ui/path/messages.properties")) {
            path.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return path.getProperty("step.dying.chapter");
    }

    @Test
    void thePathTheHelpAndTheSidebarTellTheSameStory() throws IOException {
        String story = pathChapter();
        assertTrue(story.contains("A layer-1 unit sees the fixed data: once dead, it is dead for good."), story);
        assertTrue(story.contains("A deeper unit sees the layer below"), story);
        assertTrue(story.contains("dead from the start"), story);
        assertTrue(resource("/relulab/ui/dying/help.txt").contains(story), "the help tells the path's story");
        assertTrue(
                Messages.of(SettingsPane.class).get("settings.explanation").contains(story),
                "the sidebar tells the path's story");
    }

    @Test
    void noTextSaysEveryDeadUnitStaysDead() throws IOException {
        String help = resource("/relulab/ui/dying/help.txt");
        String sidebar = Messages.of(SettingsPane.class).get("settings.explanation")
                + Messages.of(SettingsPane.class).get("settings.why");
        for (String text : new String[] {help, sidebar, pathChapter()}) {
            for (String claim :
                    new String[] {"nothing brings it back", "never recovers", "can't come back", "stay dead to the end"
                    }) {
                assertTrue(!text.contains(claim), claim);
            }
        }
    }
}
