package relulab.ui.app.keep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import relulab.io.OutputSet;

/**
 * {@code preferences.json} in the {@link DataFolder}: the {@link KeptPreferences} as JSON.
 *
 * <p>Preferences are a convenience, never worth an error: a missing, unreadable or damaged
 * file reads as the defaults (and is replaced at the next save). Saving is atomic.
 */
public final class PreferencesFile {

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            .create();
    private final Path file;

    public PreferencesFile(Path folder) {
        this.file = folder.resolve("preferences.json");
    }

    public Path path() {
        return file;
    }

    /** The preferences saved last, or the defaults. */
    public KeptPreferences read() {
        try {
            KeptPreferences p = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), KeptPreferences.class);
            return p == null
                    ? KeptPreferences.DEFAULTS
                    : new KeptPreferences(
                            p.x(),
                            p.y(),
                            p.width(),
                            p.height(),
                            p.maximized(),
                            p.tab(),
                            p.palette(),
                            p.scope(),
                            p.recent(),
                            p.language());
        } catch (IOException | JsonParseException | IllegalArgumentException e) {
            return KeptPreferences.DEFAULTS;
        }
    }

    /** Saves the preferences, replacing the file atomically. */
    public void write(KeptPreferences prefs) throws IOException {
        Files.createDirectories(file.getParent());
        OutputSet.writeString(file, GSON.toJson(prefs));
    }

    /** Forgets everything: the next start is like the first. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
