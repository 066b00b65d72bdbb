package relulab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of the window's classes is current enough to be worth loading, and loading it runs
 * no static initialiser off the JavaFX thread.
 */
class WindowClassPreloaderTest {

    @Test
    void everyListedClassExistsSoTheListIsNotStale() throws IOException {
        List<String> names = listedNames();
        assertTrue(names.size() > 500, "the list names " + names.size() + " classes; rerun src/bench/window-classes.sh");
        assertTrue(names.contains("relulab.ui.app.MainWindow"));
        assertTrue(names.contains("relulab.ui.workbench.WorkbenchView"));
        assertEquals(names.size(), WindowClassPreloader.using(getClass().getClassLoader()).preload(),
                "every listed class should load; rerun src/bench/window-classes.sh after renaming classes");
    }

    @Test
    void classesAreLoadedButNotInitialised() throws Exception {
        // A loader of its own over the same class path, so that every class is fresh in it.
        try (URLClassLoader fresh = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            assertEquals(listedNames().size(), WindowClassPreloader.using(fresh).preload());
            Class<?> window = Class.forName("relulab.ui.app.MainWindow", false, fresh);
            assertFalse(isInitialised(window), "no static initialiser ran");
        }
    }

    @Test
    void classesTheLoaderCannotFindAreSkipped() throws IOException {
        ClassLoader jdkOnly = new ClassLoader(null) {
        };
        long jdkClasses = listedNames().stream().filter(n -> n.startsWith("java.")).count();
        int loaded = WindowClassPreloader.using(jdkOnly).preload();
        assertTrue(loaded >= jdkClasses && loaded < listedNames().size(), "loaded " + loaded);
    }

    /** Asks the virtual machine without initialising the class (sun.misc.Unsafe, by reflection). */
    private static boolean isInitialised(Class<?> c) throws ReflectiveOperationException {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Method shouldBeInitialized = unsafeClass.getMethod("shouldBeInitialized", Class.class);
        return !(Boolean) shouldBeInitialized.invoke(theUnsafe.get(null), c);
    }

    private static URL[] classPath() throws MalformedURLException {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = Path.of(entries[i]).toUri().toURL();
        }
        return urls;
    }

    private static List<String> listedNames() throws IOException {
        try (InputStream in = WindowClassPreloader.class.getResourceAsStream(WindowClassPreloader.LIST)) {
            assertNotNull(in, WindowClassPreloader.LIST + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
