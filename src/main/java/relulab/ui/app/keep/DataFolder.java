package relulab.ui.app.keep;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ReLU Lab keeps its own files for the user — preferences, recent files, the recovery
 * copy of unsaved work: {@code $XDG_DATA_HOME/relu-lab} (default {@code ~/.local/share/relu-lab})
 * on Linux, {@code %APPDATA%\ReLU Lab} on Windows, {@code ~/Library/Application Support/ReLU Lab}
 * on macOS.
 *
 * <p>The system property {@value #PROPERTY} overrides it, so that tests (and a portable
 * install) never touch the user's real folder.
 */
public final class DataFolder {

    /** The system property naming another folder. */
    public static final String PROPERTY = "relulab.data.dir";

    private DataFolder() {}

    /** The folder for this user on this system (not created here). */
    public static Path forUser() {
        return resolve(
                System.getProperty(PROPERTY),
                System.getProperty("os.name", ""),
                System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** The folder for the given overriding property, system, environment and home. */
    static Path resolve(String override, String osName, Map<String, String> env, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank()
                            ? Path.of(appData)
                            : home.resolve("AppData").resolve("Roaming"))
                    .resolve("ReLU Lab");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ReLU Lab");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("relu-lab");
    }
}
