package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import relulab.testsupport.LabWindows;

/**
 * A monkey in the real window: seeded random clicks, drags, scrolls, keys, typed strings and
 * pastes on every tab, and switches of theme and presentation mode (F5) between them, failing on
 * any exception that reaches the {@link FaultReporter}.
 *
 * <p>Each tab gets an equal share of the time (a click on another tab may wander off for a
 * while, as a user would). Inside {@code mvn verify} it runs for {@value #DEFAULT_SECONDS} s;
 * a longer hunt:
 * {@code mvn test -Dtest=MonkeyTest -Drelulab.monkey.seconds=600 -Drelulab.monkey.seed=7}.
 * The failure message gives the seed and the last actions, so a failure can be replayed.
 *
 * <p>The monkey leaves alone what would end the test rather than test the program: the menu
 * bar (Quit), buttons that open menus of files, and Ctrl+Q. Headless Monocle has no file
 * dialog and throws {@code UnsupportedOperationException} for one; such a fault is the test
 * platform's, not the program's, and is not counted.
 */
class MonkeyTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    static final int DEFAULT_SECONDS = 45;

    private static final String[] TYPED = {
        "41[[1,2],[3,4]]",
        "-1e309",
        "1e-320",
        "nan",
        "-nan",
        "+\u221E",
        "\u2212\u221E",
        "\u22120.5",
        "0x1p-3",
        "1d",
        "\u200B2",
        "\u00A0 3 \u2003",
        "9999999999999999999999",
        "-0",
        "[1;2;3",
        "array([1, 2])",
        "\u0661\u0662",
        "\uD83D\uDE00",
        "'; DROP",
        "\t",
        "1,5",
        "  ",
        "",
        "65",
        "0",
        "-1",
        "2147483648",
        "1e5",
        "\u001B[2J",
    };
    private static final KeyCode[] KEYS = {
        KeyCode.ENTER, KeyCode.ESCAPE, KeyCode.TAB, KeyCode.DELETE, KeyCode.BACK_SPACE, KeyCode.UP, KeyCode.DOWN,
        KeyCode.LEFT, KeyCode.RIGHT, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.SPACE,
        KeyCode.DIGIT1, KeyCode.MINUS, KeyCode.PERIOD, KeyCode.E, KeyCode.N, KeyCode.F5,
    };
    private static final KeyCode[] SHORTCUTS = {
        KeyCode.Z, KeyCode.Y, KeyCode.C, KeyCode.V, KeyCode.PLUS, KeyCode.MINUS, KeyCode.DIGIT0
    };

    private MainWindow window;
    /** Whether the monkey last chose the high-contrast theme (it switches it from code, not from the menu bar). */
    private boolean highContrast;

    @BeforeEach
    void start() {
        window = windows.openMain();
    }

    @Test
    void randomClicksDragsKeysAndTextOnEveryTabThrowNothing(FxRobot robot) {
        long seed = Long.getLong("relulab.monkey.seed", 12);
        long millis = TimeUnit.SECONDS.toMillis(Long.getLong("relulab.monkey.seconds", DEFAULT_SECONDS));
        Random random = new Random(seed);
        FaultReporter faults = (FaultReporter) Thread.getDefaultUncaughtExceptionHandler();
        Deque<String> recent = new ArrayDeque<>();
        List<Tab> tabs = tabs();
        // Every tab gets an equal share of the time, so a slow machine still visits them all.
        long slice = Math.max(1, millis / tabs.size());
        int step = 0;
        for (int t = 0; t < tabs.size(); t++) {
            recent.addLast(step + ": " + showTab(robot, tabs.get(t)));
            long end = System.currentTimeMillis() + slice;
            for (; System.currentTimeMillis() < end; step++) {
                if (tabs.get(t).getTabPane().getSelectionModel().getSelectedItem() != tabs.get(t)
                        && random.nextInt(4) > 0) {
                    recent.addLast(step + ": " + showTab(robot, tabs.get(t)));
                }
                recent.addLast(step + ": " + act(robot, random));
                while (recent.size() > 25) {
                    recent.removeFirst();
                }
                WaitForAsyncUtils.waitForFxEvents();
                List<Throwable> real = programFaults(faults);
                if (!real.isEmpty()) {
                    Throwable first = real.get(0);
                    fail("seed " + seed + ": " + first + " after these actions:\n" + String.join("\n", recent), first);
                }
            }
        }
        System.out.printf(
                "monkey: %d actions on %d tabs with seed %d, no uncaught exception%n", step, tabs.size(), seed);
    }

    private List<Tab> tabs() {
        return LessonCatalog.all().stream()
                .map(lesson -> window.tab(lesson.id()).orElseThrow())
                .toList();
    }

    private String showTab(FxRobot robot, Tab tab) {
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        return "show tab " + tab.getText();
    }

    private String act(FxRobot robot, Random random) {
        int kind = random.nextInt(100);
        if (kind < 33) {
            Point2D p = safePoint(random);
            MouseButton button = random.nextInt(8) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY;
            robot.moveTo(p).clickOn(button);
            return "click " + button + " at " + p;
        }
        if (kind < 43) {
            Point2D from = safePoint(random);
            Point2D to = safePoint(random);
            robot.drag(from, MouseButton.PRIMARY).dropTo(to);
            return "drag " + from + " to " + to;
        }
        if (kind < 48) {
            robot.moveTo(safePoint(random))
                    .scroll(
                            random.nextInt(5) + 1,
                            random.nextBoolean()
                                    ? javafx.geometry.VerticalDirection.UP
                                    : javafx.geometry.VerticalDirection.DOWN);
            return "scroll";
        }
        if (kind < 68) {
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            robot.type(key);
            return "key " + key;
        }
        if (kind < 73) {
            KeyCode key = SHORTCUTS[random.nextInt(SHORTCUTS.length)];
            robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
            return "ctrl+" + key;
        }
        if (kind < 76) {
            String text = TYPED[random.nextInt(TYPED.length)];
            robot.interact(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(random.nextBoolean() ? text : text + "\t" + text + "\n" + text + "\t1");
                Clipboard.getSystemClipboard().setContent(content);
            });
            return "clipboard " + text;
        }
        if (kind < 78) {
            highContrast = !highContrast;
            robot.interact(() -> window.useHighContrast(highContrast));
            return "high-contrast theme " + highContrast;
        }
        if (kind < 80) {
            robot.type(KeyCode.F5);
            return "F5";
        }
        String text = TYPED[random.nextInt(TYPED.length)];
        robot.write(text);
        if (random.nextBoolean()) {
            robot.type(KeyCode.ENTER);
        }
        return "type '" + text + "'";
    }

    /** A random point of the window, in screen coordinates, outside the menu bar and menu buttons. */
    private Point2D safePoint(Random random) {
        Bounds scene = window.root().localToScreen(window.root().getLayoutBounds());
        List<Bounds> avoid = new ArrayList<>();
        collectAvoided(window.root(), avoid);
        while (true) {
            Point2D p = new Point2D(
                    scene.getMinX() + random.nextDouble() * scene.getWidth(),
                    scene.getMinY() + random.nextDouble() * scene.getHeight());
            if (avoid.stream().noneMatch(b -> b.contains(p))) {
                return p;
            }
        }
    }

    private static void collectAvoided(Node node, List<Bounds> avoid) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof MenuBar || node instanceof MenuButton) {
            Bounds b = node.localToScreen(node.getLayoutBounds());
            if (b != null) {
                avoid.add(b);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectAvoided(child, avoid);
            }
        }
    }

    /** The faults the program caused: all but the headless platform's missing file dialog. */
    private static List<Throwable> programFaults(FaultReporter reporter) {
        List<Throwable> all = new ArrayList<>(WaitForAsyncUtils.waitForAsyncFx(10_000, reporter::faults));
        all.removeIf(MonkeyTest::isMissingFileDialog);
        return all;
    }

    private static boolean isMissingFileDialog(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement e : c.getStackTrace()) {
                if (e.getMethodName().contains("showFileChooser")) {
                    return true;
                }
            }
        }
        return false;
    }
}
