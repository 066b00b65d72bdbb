package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture that cannot be written says which file and why, in words. */
class PngFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteNamesTheFileAndTheReason() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");

        IOException e = assertThrows(
                IOException.class,
                () -> PngFiles.write(blocked.resolve("fig.png"), new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));

        assertEquals("'fig.png': cannot be written: a folder in its path is a file", e.getMessage());
    }

    @Test
    void imageIosOwnWordsGiveWayToTheReasonTheyHide() {
        IOException full = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));

        assertEquals("the disk is full", PngFiles.reason(full).english());
    }
}
