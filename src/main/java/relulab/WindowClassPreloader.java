package relulab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes of the main window's first frame on a second thread while JavaFX starts,
 * so that the JavaFX thread finds them ready.
 *
 * <p>The idea: a hello-world JavaFX window loads about 2,800 classes before its first frame;
 * ReLU Lab's window loads about 1,300 more (controls, skins, bindings, the workbench), and
 * loading and verifying them, not running their code, is most of what the JavaFX thread does
 * beyond the hello-world. Which classes these are does not depend on the user, so they are
 * listed once in the resource {@value #LIST} (made by {@code src/bench/window-classes.sh} from
 * the class-loading log of a start-up) and loaded here in the order the window first needs them,
 * on the other core, from the moment {@link Main} decides to open the window.
 *
 * <p>Each class is loaded and linked (its bytecode verified) but not initialised: no static
 * initialiser runs off the JavaFX thread, so a class that needs the toolkit is initialised
 * where it always was. Asking for the declared constructors is what makes the virtual machine
 * link a class without initialising it. A name that no longer exists (the list is older than
 * the code) is skipped; the thread is a daemon and at the lowest priority, so it never holds
 * the program up or back.
 */
public final class WindowClassPreloader implements Runnable {

    /** The list of classes, one binary name per line, in the order the first frame loads them. */
    static final String LIST = "window-classes.txt";

    private final ClassLoader loader;

    private WindowClassPreloader(ClassLoader loader) {
        this.loader = loader;
    }

    /** Starts loading the window's classes on a daemon thread. */
    public static void start() {
        Thread thread = new Thread(new WindowClassPreloader(WindowClassPreloader.class.getClassLoader()),
                "window-class-preloader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        preload();
    }

    /** Loads every listed class that exists and returns how many that was. */
    int preload() {
        InputStream list = WindowClassPreloader.class.getResourceAsStream(LIST);
        int loaded = 0;
        if (list == null) {
            return loaded;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && load(line.strip())) {
                    loaded++;
                }
            }
        } catch (IOException e) {
            // Only a head start is lost: the JavaFX thread loads what it needs itself.
        }
        return loaded;
    }

    /** A preloader that loads with {@code loader}, for a test to run on its own thread. */
    static WindowClassPreloader using(ClassLoader loader) {
        return new WindowClassPreloader(loader);
    }

    private boolean load(String className) {
        try {
            Class.forName(className, false, loader).getDeclaredConstructors();
            return true;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // Renamed or removed since the list was made, or not loadable here: the window loads its own.
            return false;
        }
    }
}
