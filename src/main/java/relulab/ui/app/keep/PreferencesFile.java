package relulab.ui.app.keep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import relulab.io.MessageText;
import relulab.io.OutputSet;

/**
 * {@code preferences.json} in the {@link DataFolder}: the {@link KeptPreferences} as JSON.
 *
 * <p>Preferences are a convenience, never worth an error, nor a reason not to start: a missing,
 * unreadable, oversized or damaged file reads as the defaults, and a bad value (a size of 1e9,
 * a {@code null} or a NUL among the recent files) as that field's default, each with one line in
 * the log. Only a regular file of at most {@value #LIMIT} bytes is read ({@link KeptFiles}), and
 * reading belongs off the FX thread. Saving is atomic.
 */
public final class PreferencesFile {

    /** The largest preferences file read: a few recent paths take a few kilobytes. */
    static final int LIMIT = 64 * 1024;
    /** The largest window side or position remembered, in pixels (the screens clamp it further). */
    static final double LARGEST = 16_384;
    /** The longest recent path, tab id, palette, scope or language tag remembered. */
    private static final int LONGEST_TEXT = 4096;

    private static final System.Logger LOG = System.getLogger("relulab");

    /**
     * The lines already logged by this process: a start reads the file twice (the language
     * before the window, the rest with it), and a bad entry is still one line.
     */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

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

    /** The preferences saved last, field by field, or the defaults. Call off the FX thread. */
    public KeptPreferences read() {
        JsonObject json;
        try {
            JsonElement root = JsonParser.parseString(new String(KeptFiles.read(file, LIMIT), StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                return ignored("is not a JSON object");
            }
            json = root.getAsJsonObject();
        } catch (NoSuchFileException e) {
            return KeptPreferences.DEFAULTS;
        } catch (IOException e) {
            return ignored(e.getMessage());
        } catch (JsonParseException | StackOverflowError e) {
            return ignored("is not valid JSON");
        }
        return new KeptPreferences(
                position(json, "x"),
                position(json, "y"),
                size(json, "width"),
                size(json, "height"),
                flag(json, "maximized"),
                text(json, "tab"),
                text(json, "palette"),
                text(json, "scope"),
                recent(json),
                text(json, "language"));
    }

    /** Saves the preferences, replacing the file atomically. */
    public void write(KeptPreferences prefs) throws IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        OutputSet.writeString(file, GSON.toJson(prefs));
    }

    /** Forgets everything: the next start is like the first. */
    public void delete() throws IOException {
        java.nio.file.Files.deleteIfExists(file);
    }

    private KeptPreferences ignored(String why) {
        warn(file + ": " + why + "; using the default preferences");
        return KeptPreferences.DEFAULTS;
    }

    private void badField(String key, String why) {
        warn(file + ": \"" + key + "\" " + why + "; using its default");
    }

    private static void warn(String line) {
        if (SAID.add(line)) {
            LOG.log(Level.WARNING, line);
        }
    }

    private double position(JsonObject json, String key) {
        return number(json, key, -LARGEST, LARGEST);
    }

    private double size(JsonObject json, String key) {
        return number(json, key, 1, LARGEST);
    }

    /** A number within [min, max], or NaN (not remembered). */
    private double number(JsonObject json, String key, double min, double max) {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        double v = e instanceof JsonPrimitive p && p.isNumber() ? p.getAsDouble() : Double.NaN;
        if (!(v >= min && v <= max)) {
            badField(key, "is not a number from " + (long) min + " to " + (long) max);
            return Double.NaN;
        }
        return v;
    }

    private boolean flag(JsonObject json, String key) {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (e instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        badField(key, "is not true or false");
        return false;
    }

    /** A short line of text, or null (not remembered). */
    private String text(JsonObject json, String key) {
        JsonElement e = json.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        String s = e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
        if (s == null || s.length() > LONGEST_TEXT || !MessageText.escape(s).equals(s)) {
            badField(key, "is not a line of visible text");
            return null;
        }
        return s;
    }

    /** The recent files that are paths, each bad entry dropped with a line in the log. */
    private List<String> recent(JsonObject json) {
        JsonElement e = json.get("recent");
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (!e.isJsonArray()) {
            badField("recent", "is not a list");
            return List.of();
        }
        JsonArray all = e.getAsJsonArray();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < all.size() && paths.size() < RecentFiles.LIMIT; i++) {
            JsonElement entry = all.get(i);
            String path = entry instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
            if (isPath(path)) {
                paths.add(path);
            } else {
                badField("recent[" + i + "]", "is not a file's absolute path");
            }
        }
        return paths;
    }

    private static boolean isPath(String path) {
        if (path == null || path.isEmpty() || path.length() > LONGEST_TEXT || path.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && p.getFileName() != null;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
