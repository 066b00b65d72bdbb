package relulab.ui.app;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import relulab.ui.lesson.LessonIds;
import relulab.ui.shared.text.Messages;
import relulab.ui.shared.text.UiLocale;

/** The window's menu bar: what belongs to the window rather than to one lesson. */
final class MainMenu {

    private static final Messages WORDS = Messages.of(MainMenu.class);

    private final MenuBar bar = new MenuBar();

    /**
     * @param fileItems what the File menu holds above Quit
     * @param quitAction what Quit does (close the window, asking about unsaved work)
     */
    MainMenu(MainWindow window, List<MenuItem> fileItems, Runnable quitAction) {
        MenuItem quit = new MenuItem(WORDS.get("menu.quit"));
        quit.setId("menu-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> quitAction.run());
        Menu file = new Menu(WORDS.get("menu.file"));
        file.getItems().addAll(fileItems);
        file.getItems().add(quit);
        file.setId("menu-file");

        CheckMenuItem presentation = new CheckMenuItem(WORDS.get("menu.presentation"));
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(window.display().presentationProperty());
        RadioMenuItem standard = new RadioMenuItem(WORDS.get("menu.theme.standard"));
        standard.setId("menu-theme-standard");
        RadioMenuItem contrast = new RadioMenuItem(WORDS.get("menu.theme.contrast"));
        contrast.setId("menu-theme-contrast");
        ToggleGroup themes = new ToggleGroup();
        themes.getToggles().addAll(standard, contrast);
        // The menus are made anew for a change of language: they show the theme the window has.
        (window.isHighContrast() ? contrast : standard).setSelected(true);
        contrast.selectedProperty().addListener((o, was, is) -> window.useHighContrast(is));
        Menu view = new Menu(
                WORDS.get("menu.view"),
                null,
                presentation,
                new SeparatorMenuItem(),
                standard,
                contrast,
                new SeparatorMenuItem(),
                languages(window));
        view.setId("menu-view");

        MenuItem tabHelp = new MenuItem(WORDS.get("menu.help.tab"));
        tabHelp.setId("menu-help-tab");
        tabHelp.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        tabHelp.setOnAction(e -> window.showHelp());
        MenuItem shortcuts = new MenuItem(WORDS.get("menu.shortcuts"));
        shortcuts.setId("menu-shortcuts");
        shortcuts.setOnAction(e -> window.showShortcuts());
        MenuItem start = new MenuItem(WORDS.get("menu.start"));
        start.setId("menu-start");
        start.setOnAction(e -> window.openLesson(LessonIds.PATH));
        Menu help = new Menu(WORDS.get("menu.help"), null, tabHelp, shortcuts, start);
        help.setId("menu-help");

        bar.getMenus().addAll(file, view, help);
    }

    /**
     * View ▸ Language: one item per offered language, named in its own language, the one spoken
     * now checked (none in the pseudo-locale, which is for developers and not offered).
     */
    private static Menu languages(MainWindow window) {
        Menu menu = new Menu(WORDS.get("menu.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        Locale spoken = UiLocale.isPseudo() ? null : Languages.offeredFor(UiLocale.current());
        for (Locale language : Languages.offered()) {
            RadioMenuItem item = new RadioMenuItem(Languages.nameOf(language));
            item.setId("menu-language-" + language.toLanguageTag());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language.equals(spoken));
            item.setOnAction(e -> {
                if (!language.equals(spoken)) {
                    window.switchLanguage(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    MenuBar bar() {
        return bar;
    }
}
