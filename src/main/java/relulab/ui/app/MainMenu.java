package relulab.ui.app;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's menu bar: what belongs to the window rather than to one lesson. */
final class MainMenu {

    private final MenuBar bar = new MenuBar();

    MainMenu(MainWindow window) {
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, quit);
        file.setId("menu-file");

        CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(window.display().presentationProperty());
        Menu view = new Menu("View", null, presentation);
        view.setId("menu-view");

        MenuItem tabHelp = new MenuItem("Help for this tab");
        tabHelp.setId("menu-help-tab");
        tabHelp.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        tabHelp.setOnAction(e -> window.showHelp());
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        shortcuts.setOnAction(e -> window.showShortcuts());
        MenuItem start = new MenuItem("Start here: the lesson path");
        start.setId("menu-start");
        start.setOnAction(e -> window.openLesson("path"));
        Menu help = new Menu("Help", null, tabHelp, shortcuts, start);
        help.setId("menu-help");

        bar.getMenus().addAll(file, view, help);
    }

    MenuBar bar() {
        return bar;
    }
}
