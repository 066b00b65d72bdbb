package relulab.ui.app.keep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened or saved last, newest first, without repeats, at most {@value #LIMIT}. */
public final class RecentFiles {

    /** How many files Open Recent lists. */
    public static final int LIMIT = 8;

    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** The list, newest first; Open Recent follows it. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Puts {@code file} first, dropping its older entry and whatever falls beyond the limit. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        files.setAll(next.subList(0, Math.min(LIMIT, next.size())));
    }

    /** Removes a file that can no longer be opened. */
    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
    }

    /** The list as text, for the preferences. */
    public List<String> asText() {
        return files.stream().map(Path::toString).toList();
    }

    /** Replaces the list by the one kept in the preferences. */
    public void setText(List<String> paths) {
        files.clear();
        for (int i = paths.size() - 1; i >= 0; i--) {
            add(Path.of(paths.get(i)));
        }
    }
}
