package relulab.ui.app.keep;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;

/**
 * The window's file choosers: each starts in the folder of the file chosen last (or of the
 * work's file), so opening, saving and exporting follow one another as the user moves.
 */
final class FileChoosers {

    private final Supplier<Path> workFile;
    private File lastFolder;

    /** @param workFile the file the work came from or was saved to, or null */
    FileChoosers(Supplier<Path> workFile) {
        this.workFile = workFile;
    }

    /** A chooser with this title, in the folder of the last file chosen. */
    FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        Path current = workFile.get();
        File folder = lastFolder != null
                ? lastFolder
                : current != null ? current.toAbsolutePath().getParent().toFile() : null;
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    /** Remembers the folder of a chosen file (null: nothing was chosen) and returns the file. */
    File remember(File chosen) {
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
        }
        return chosen;
    }
}
