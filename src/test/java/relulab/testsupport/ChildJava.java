package relulab.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a Java process started by a test: the same Java and class path as the
 * test's, so the child runs the code under test, for crash, signal and start-up cases that need a
 * process of their own.
 */
public final class ChildJava {

    /** The options that let a child open its window with no display, as the tests' own JVM does. */
    public static final List<String> HEADLESS_WINDOW = List.of(
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-Dprism.text=t2k",
            "-Djava.awt.headless=true",
            "-Dheadless.geometry=1920x1200-32");

    private ChildJava() {}

    /** {@code java OPTIONS -cp CLASSPATH MAIN ARGS}. */
    public static List<String> command(List<String> options, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }
}
