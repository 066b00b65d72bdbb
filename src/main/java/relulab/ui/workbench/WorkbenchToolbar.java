package relulab.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import relulab.core.presets.Preset;
import relulab.io.presets.PresetCatalog;
import relulab.ui.shared.WholeNumberSpinner;
import relulab.ui.shared.text.Messages;

/**
 * The workbench's toolbar: undo and redo (their tooltips name the step), the layer's activation
 * ({@link ActivationChooser}), files, presets with their seed, the shape and zoom. Every button
 * says its shortcut in its tooltip. (Presentation mode is the window's: View menu or F5.)
 *
 * <p>One row in every language at 1024 px and in presentation mode: the words a learner reads
 * and acts on (the activation, File, Presets, Shape, Walk through) stay words, while the
 * secondary controls whose meaning a picture carries are drawn icons ({@link ToolbarIcons}:
 * undo, redo, the file folder, the seed's die, the three zoom buttons), named in their tooltips and to screen
 * readers in the current language, and what fills the cells of a larger shape sits in a small
 * menu beside the shape ({@link ShapeControls}). Translated words grow; the icons do not.
 *
 * <p>A {@link FlowPane} of groups rather than a {@code ToolBar}: should a window be narrower
 * still, a ToolBar would hide the last controls behind a » menu that a teacher at the projector
 * cannot find. The groups wrap onto a second row instead, each group staying together.
 */
final class WorkbenchToolbar extends FlowPane {

    private static final Messages TEXT = Messages.of(WorkbenchToolbar.class);
    private static final double GROUP_GAP = 4;
    private static final double PRESET_TIP_WIDTH = 420;

    /** @param walkThrough starts the walk-through (the view's, as it also moves the focus) */
    WorkbenchToolbar(WorkbenchViewModel model, FileActions files, Runnable walkThrough) {
        super(Orientation.HORIZONTAL, 5, 4);
        getStyleClass().addAll("tool-bar", "workbench-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        Button undo = iconButton("undo", "toolbar.undo", model::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        undo.setTooltip(boundTooltip(model.history().undoLabelProperty(), "toolbar.undo"));
        Button redo = iconButton("redo", "toolbar.redo", model::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        redo.setTooltip(boundTooltip(model.history().redoLabelProperty(), "toolbar.redo"));

        MenuButton file = ToolbarIcons.iconOnly(new MenuButton(), "file", TEXT.get("toolbar.file"));
        file.setId("file-menu");
        file.setTooltip(new Tooltip(TEXT.get("toolbar.file.tooltip")));
        file.getItems()
                .addAll(
                        item("toolbar.file.openX", () -> files.chooseAndOpen(Target.X)),
                        item("toolbar.file.openDout", () -> files.chooseAndOpen(Target.DOUT)),
                        new SeparatorMenuItem(),
                        item("toolbar.file.saveX", () -> files.chooseAndSave(Target.X)),
                        item("toolbar.file.saveDout", () -> files.chooseAndSave(Target.DOUT)));

        MenuButton presets = new MenuButton(TEXT.get("toolbar.presets"));
        presets.setId("presets-menu");
        presets.setTooltip(new Tooltip(TEXT.get("toolbar.presets.tooltip")));
        for (Target target : Target.values()) {
            presets.getItems().add(new Menu(TEXT.format("toolbar.presets.fill", target.symbol())));
        }
        // The presets' items (a label and a tooltip each) are made when the menu first opens,
        // not for the window's first frame, where none of them is seen.
        presets.setOnShowing(e -> fillPresets(presets, model));
        Spinner<Integer> seed = WholeNumberSpinner.create(
                TEXT.get("toolbar.seed.name"),
                0,
                Integer.MAX_VALUE,
                (int) model.seedProperty().get(),
                model::report);
        seed.setId("seed");
        seed.getStyleClass().add("seed-spinner");
        seed.setTooltip(new Tooltip(TEXT.get("toolbar.seed.tooltip")));
        seed.setAccessibleText(TEXT.get("toolbar.seed.name"));
        seed.valueProperty().addListener((o, old, now) -> model.seedProperty().set(now));

        Button zoomOut = tipped(iconButton("zoom-out", "toolbar.zoomOut", model::zoomOut), "toolbar.zoomOut");
        Button zoomFit = tipped(iconButton("zoom-fit", "toolbar.zoomFit", model::resetZoom), "toolbar.zoomFit");
        Button zoomIn = tipped(iconButton("zoom-in", "toolbar.zoomIn", model::zoomIn), "toolbar.zoomIn");

        Button walk = tipped(button("walk-through", "toolbar.walk", walkThrough), "toolbar.walk");
        walk.disableProperty().bind(model.walkThroughProperty().isNotNull());

        HBox undoRedo = group(undo, redo);
        undoRedo.getStyleClass().add("first-group");
        getChildren()
                .addAll(
                        undoRedo,
                        group(new ActivationChooser(model)),
                        group(file, presets, ToolbarIcons.iconLabel("seed", seed), seed),
                        group(new ShapeControls(model)),
                        group(zoomOut, zoomFit, zoomIn),
                        group(walk));
    }

    /** Puts every preset into the "Fill x with" and "Fill dout with" submenus, once. */
    private static void fillPresets(MenuButton presets, WorkbenchViewModel model) {
        for (int i = 0; i < Target.values().length; i++) {
            Target target = Target.values()[i];
            Menu menu = (Menu) presets.getItems().get(i);
            if (menu.getItems().isEmpty()) {
                for (Preset preset : PresetCatalog.all()) {
                    menu.getItems().add(presetItem(preset, () -> model.applyPreset(target, preset)));
                }
            }
        }
    }

    /** Controls that belong together: they wrap as one, and a thin line (workbench.css) sets them apart. */
    private static HBox group(Node... controls) {
        HBox box = new HBox(GROUP_GAP, controls);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("toolbar-group");
        return box;
    }

    /**
     * One tooltip whose text follows the step's label (a new Tooltip per edit would cost a CSS
     * pass): {@code key.tooltip} with the label, or {@code key.none} when there is no step.
     */
    private static Tooltip boundTooltip(ReadOnlyStringProperty label, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> label.get().isEmpty()
                                ? TEXT.get(key + ".none")
                                : TEXT.format(key + ".tooltip", label.get()),
                        label));
        return tip;
    }

    /** {@code b} with the tooltip {@code key.tooltip}. */
    private static Button tipped(Button b, String key) {
        b.setTooltip(new Tooltip(TEXT.get(key + ".tooltip")));
        return b;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(TEXT.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that shows only the icon {@code id}, named {@code key}; its tooltip is set by the caller. */
    private static Button iconButton(String id, String key, Runnable action) {
        Button b = ToolbarIcons.iconOnly(new Button(), id, TEXT.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * A preset's menu item, its description as a tooltip: the label says what the numbers are,
     * the tooltip why a teacher would pick them. (A plain MenuItem cannot hold a tooltip, so
     * the label is the item's own content.)
     */
    static CustomMenuItem presetItem(Preset preset, Runnable action) {
        Label label = new Label(PresetWords.name(preset));
        label.getStyleClass().add("preset-label");
        Tooltip tip = new Tooltip(PresetWords.description(preset));
        tip.setWrapText(true);
        tip.setMaxWidth(PRESET_TIP_WIDTH);
        tip.setShowDelay(Duration.millis(300));
        label.setTooltip(tip);
        CustomMenuItem item = new CustomMenuItem(label, true);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(TEXT.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
