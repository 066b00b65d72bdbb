package relulab.ui.app.keep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import relulab.io.MessageText;
import relulab.ui.shared.text.Messages;

/**
 * The File menu's items for keeping and sharing work: open, Open Recent, save the session,
 * pictures, results and chart data, and Reset to defaults. The window puts them above Quit.
 * Ids: {@code menu-open}, {@code menu-recent}, {@code menu-save}, {@code menu-save-as},
 * {@code menu-export-png}, {@code menu-copy-picture}, {@code menu-results},
 * {@code menu-chart-data}, {@code menu-reset}.
 */
public final class FileMenu {

    private static final Messages WORDS = Messages.of(FileMenu.class);

    private final KeepWindow keep;
    private final Exports exports;
    private final Menu recentMenu = new Menu(WORDS.get("menu.recent"));

    public FileMenu(KeepWindow keep) {
        this.keep = keep;
        this.exports = keep.exports();
    }

    /** The items, in menu order. */
    public List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item(WORDS.get("menu.open"), "menu-open", shortcut(KeyCode.O), keep::chooseAndOpen));
        recentMenu.setId("menu-recent");
        // The window makes its menus anew for each change of language: the list of recent files
        // holds this menu's listener weakly, and the menu holds it strongly, so an old menu goes.
        ListChangeListener<Path> refill = c -> fillRecent();
        recentMenu.getProperties().put(ListChangeListener.class, refill);
        keep.recent().files().addListener(new WeakListChangeListener<>(refill));
        fillRecent();
        items.add(recentMenu);
        items.add(new SeparatorMenuItem());
        items.add(item(WORDS.get("menu.save"), "menu-save", shortcut(KeyCode.S), keep::save));
        items.add(item(
                WORDS.get("menu.save.as"),
                "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                keep::saveAs));
        items.add(new SeparatorMenuItem());
        items.add(item(
                WORDS.get("menu.export.png"),
                "menu-export-png",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> exports.exportPicture(keep.workspace().shownView(), Pictures.DEFAULT_SCALE)));
        Menu scaled = new Menu(WORDS.get("menu.export.scaled"));
        scaled.setId("menu-export-scaled");
        for (double s : new double[] {1, 3, 4}) {
            scaled.getItems()
                    .add(item(
                            WORDS.format("menu.export.scale", s),
                            "menu-export-" + (int) s,
                            null,
                            () -> exports.exportPicture(keep.workspace().shownView(), s)));
        }
        items.add(scaled);
        items.add(item(
                WORDS.get("menu.copy.picture"),
                "menu-copy-picture",
                null,
                () -> exports.copyPicture(keep.workspace().shownView())));
        Menu results = new Menu(WORDS.get("menu.results"));
        results.setId("menu-results");
        for (Results r : Results.values()) {
            results.getItems()
                    .add(item(
                            WORDS.format("menu.result.item", r.label()),
                            "menu-result-" + r.fileName(),
                            null,
                            () -> exports.saveResult(r)));
        }
        items.add(results);
        items.add(item(WORDS.get("menu.chart.data"), "menu-chart-data", null, exports::saveShownChartData));
        items.add(new SeparatorMenuItem());
        items.add(item(WORDS.get("menu.reset"), "menu-reset", null, keep::resetToDefaults));
        items.add(new SeparatorMenuItem());
        return items;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : keep.recent().files()) {
            MenuItem open =
                    new MenuItem(WORDS.format("menu.recent.item", shown(p.getFileName()), shown(p.getParent())));
            open.setMnemonicParsing(false);
            open.setOnAction(e -> {
                if (Files.exists(p)) {
                    keep.open(p, null);
                } else {
                    keep.recent().remove(p);
                    keep.refuse(WORDS.format("status.no.longer.there", FileTrouble.name(p)));
                }
            });
            recentMenu.getItems().add(open);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /**
     * A name from the disk as the menu shows it: like every quoted name, escaped and cut after
     * {@value MessageText#QUOTE_LIMIT} characters, so a newline, a U+202E or a name of hundreds
     * of characters cannot garble the menu or stretch it off the screen.
     */
    private static String shown(Path name) {
        return MessageText.escape(MessageText.cut(String.valueOf(name), MessageText.QUOTE_LIMIT));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
