package relulab.ui.app.keep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The File menu's items for keeping and sharing work: open, Open Recent, save the session,
 * pictures, results and chart data, and Reset to defaults. The window puts them above Quit.
 * Ids: {@code menu-open}, {@code menu-recent}, {@code menu-save}, {@code menu-save-as},
 * {@code menu-export-png}, {@code menu-copy-picture}, {@code menu-results},
 * {@code menu-chart-data}, {@code menu-reset}.
 */
public final class FileMenu {

    private final KeepWindow keep;
    private final Exports exports;
    private final Menu recentMenu = new Menu("Open Recent");

    public FileMenu(KeepWindow keep) {
        this.keep = keep;
        this.exports = keep.exports();
    }

    /** The items, in menu order. */
    public List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("Open\u2026", "menu-open", shortcut(KeyCode.O), keep::chooseAndOpen));
        recentMenu.setId("menu-recent");
        keep.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        items.add(recentMenu);
        items.add(new SeparatorMenuItem());
        items.add(item("Save session", "menu-save", shortcut(KeyCode.S), keep::save));
        items.add(item("Save session as\u2026", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), keep::saveAs));
        items.add(new SeparatorMenuItem());
        items.add(item("Export tab as PNG (2\u00d7)\u2026", "menu-export-png",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> exports.exportPicture(keep.workspace().shownView(), Pictures.DEFAULT_SCALE)));
        Menu scaled = new Menu("Export tab as PNG at");
        scaled.setId("menu-export-scaled");
        for (double s : new double[] {1, 3, 4}) {
            scaled.getItems().add(item(String.format(Locale.ROOT, "%.0f\u00d7\u2026", s), "menu-export-" + (int) s, null,
                    () -> exports.exportPicture(keep.workspace().shownView(), s)));
        }
        items.add(scaled);
        items.add(item("Copy tab as picture", "menu-copy-picture", null,
                () -> exports.copyPicture(keep.workspace().shownView())));
        Menu results = new Menu("Save result");
        results.setId("menu-results");
        for (Results r : Results.values()) {
            results.getItems().add(item(r.label() + "\u2026", "menu-result-" + r.fileName(), null, () -> exports.saveResult(r)));
        }
        items.add(results);
        items.add(item("Save chart data as CSV\u2026", "menu-chart-data", null, exports::saveShownChartData));
        items.add(new SeparatorMenuItem());
        items.add(item("Reset to defaults", "menu-reset", null, keep::resetToDefaults));
        items.add(new SeparatorMenuItem());
        return items;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : keep.recent().files()) {
            MenuItem open = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
            open.setMnemonicParsing(false);
            open.setOnAction(e -> {
                if (Files.exists(p)) {
                    keep.open(p, null);
                } else {
                    keep.recent().remove(p);
                    keep.say(p.getFileName() + ": no such file any more; removed from Open Recent");
                }
            });
            recentMenu.getItems().add(open);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
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
