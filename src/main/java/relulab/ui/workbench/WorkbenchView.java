package relulab.ui.workbench;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import relulab.ui.lesson.LessonFiles;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.EscapeKey;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.grid.TensorGrid;
import relulab.ui.shared.text.Messages;
import relulab.ui.task.Background;

/**
 * The workbench, a view on its {@link WorkbenchViewModel}: the toolbar ({@link WorkbenchToolbar}),
 * the line saying how the grids are shown ({@link ViewBar}), the six grids in two rows — forward
 * on top (x → out → the cells x &lt; 0), backward below (dout → f′(x) → dx), the colour panel
 * ({@link ColourPanel}) beside both — and a status line telling the hovered element's story. This class lays
 * them out, binds each grid to the results, shows a walk-through in the grids and installs the
 * keys; typing and the clipboard are {@link CellEditing}'s.
 *
 * <p>All grids share the view model's hover, zoom, palette and shown slice, so hovering a cell
 * anywhere frames the same (d, r, c) in all six.
 */
public final class WorkbenchView extends BorderPane {

    private static final Messages TEXT = Messages.of(WorkbenchView.class);
    /** The width of the grids from which the colour panel is shown until the Colours button is pressed. */
    private static final double WIDE = 1600;

    /** Whether the colour panel is shown beside the grids (the toolbar's Colours button). */
    private final BooleanProperty coloursShown = new SimpleBooleanProperty(this, "coloursShown", false);
    /** Whether the Colours button was pressed: from then on the panel shows as the teacher chose. */
    private boolean coloursChosen;

    private final WorkbenchViewModel model;
    private final FileActions files;
    private final Map<Panel, GridPanel> panels = new EnumMap<>(Panel.class);
    private final Label story = new Label();
    private final Label status = new Label();
    private final CellEditing editing;
    private final VBox center;
    /** Made for the first walk-through: most lessons never start one, and it is not in the first frame. */
    private WalkThroughBar walkBar;

    /**
     * @param background where files are written, and large pastes read, off the FX thread
     * @param opener     the window's one way to open tensor files
     */
    public WorkbenchView(WorkbenchViewModel model, Background background, LessonFiles opener) {
        this.model = model;
        this.files = new FileActions(opener);
        this.editing = new CellEditing(model, background);
        getStyleClass().add("workbench");
        getStylesheets().add(WorkbenchView.class.getResource("workbench.css").toExternalForm());
        for (Panel p : Panel.values()) {
            panels.put(p, bindPanel(p));
        }
        setTop(new WorkbenchToolbar(model, files, this::startWalkThrough));
        Node grids = gridArea();
        center = new VBox(new ViewBar(model, grid(Panel.X)), grids);
        VBox.setVgrow(grids, Priority.ALWAYS);
        setCenter(center);
        setBottom(statusArea());
        sceneProperty().addListener((o, old, scene) -> installShortcuts(scene));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (walkBar != null && walkBar.handleKey(e)) {
                e.consume();
            }
        });
        model.walkThroughProperty().addListener((o, was, is) -> showWalk(is));
        EscapeKey.claimWhile(this, () -> model.walkThroughProperty().get() != null);
    }

    /** Gives the keyboard to the x grid, unless something inside the workbench has it already. */
    void focusInput() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                return;
            }
        }
        grid(Panel.X).requestFocus();
    }

    /** Starts the walk-through (toolbar button or W) and gives its bar the keyboard. */
    void startWalkThrough() {
        if (model.walkThroughProperty().get() == null) {
            model.startWalkThrough();
        }
        walkBar.focusNext();
    }

    /**
     * Shows a walk's progress in the grids, or every result again when it ends: out and the
     * zeroed mask appear as the forward pass reaches them, dx as the backward pass does, one
     * cue outlines the current element in all six grids, and x and dout are read-only.
     */
    private void showWalk(WalkThrough walk) {
        if (walk != null && walkBar == null) {
            walkBar = new WalkThroughBar(model); // follows this walk and the next ones itself
            center.getChildren().add(0, walkBar);
        }
        for (Panel p : Panel.values()) {
            TensorGrid grid = grid(p);
            grid.cueProperty().unbind();
            grid.cueProperty().set(null);
            grid.hiddenCellsProperty().unbind();
            grid.hiddenCellsProperty().set(null);
            grid.editableProperty().set(walk == null && p.target() != null);
            if (walk == null) {
                continue;
            }
            grid.cueProperty().bind(walk.cueProperty());
            if (p == Panel.OUT || p == Panel.ZEROED) {
                grid.hiddenCellsProperty()
                        .bind(Bindings.createObjectBinding(walk::hiddenForward, walk.forwardDoneProperty()));
            } else if (p == Panel.DX || p == Panel.SLOPE) {
                grid.hiddenCellsProperty()
                        .bind(Bindings.createObjectBinding(walk::hiddenBackward, walk.backwardDoneProperty()));
            }
        }
        if (walk != null) {
            walk.cueProperty().addListener((o, was, cell) -> {
                if (cell != null && model.walkThroughProperty().get() == walk) {
                    panels.values().forEach(p -> p.grid().reveal(cell));
                }
            });
        }
    }

    public WorkbenchViewModel viewModel() {
        return model;
    }

    /** The grid of one panel (for tests and the benchmark). */
    public TensorGrid grid(Panel panel) {
        return panels.get(panel).grid();
    }

    /** File actions: lets tests open a file without a file dialog. */
    FileActions files() {
        return files;
    }

    private GridPanel bindPanel(Panel panel) {
        GridPanel gp = new GridPanel(panel, model.activationProperty());
        TensorGrid grid = gp.grid();
        grid.dataProperty()
                .bind(Bindings.createObjectBinding(() -> model.results().gridData(panel), model.resultsProperty()));
        grid.paletteProperty().bind(model.paletteProperty());
        grid.hoveredCellProperty().bindBidirectional(model.hoverProperty());
        grid.zoomProperty().bindBidirectional(model.zoomProperty());
        grid.depthProperty().bindBidirectional(model.depthProperty());
        if (panel.target() != null) {
            grid.editHandlerProperty().set(editing.handler(panel.target()));
            // A cell chosen with the keys is followed like a hovered one: framed in all six
            // grids, its story in the status line and read out as the grid's accessible text.
            grid.selectionProperty().addListener((o, was, cell) -> {
                if (cell != null) {
                    model.hoverProperty().set(cell);
                }
            });
        }
        grid.accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> accessibleText(panel), model.storyProperty(), model.activationProperty()));
        PresentationRoles.picture(grid);
        if (panel == Panel.ZEROED) {
            gp.footer()
                    .textProperty()
                    .bind(Bindings.createStringBinding(() -> model.results().zeroedSummary(), model.resultsProperty()));
        } else if (panel == Panel.SLOPE) {
            gp.footer()
                    .textProperty()
                    .bind(Bindings.createStringBinding(() -> model.results().slopeSummary(), model.resultsProperty()));
        } else if (panel == Panel.DX) {
            gp.footer()
                    .textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> model.results().gradientNote(), model.activationProperty()));
        } else {
            gp.footer()
                    .textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> panel == Panel.OUT
                                    ? TEXT.format(
                                            "panel.out.hint",
                                            ActivationWords.name(
                                                    model.activationProperty().get()))
                                    : TEXT.get("panel." + panel.symbol() + ".hint"),
                            model.activationProperty()));
            // A hint, not a result: presentation mode hides it (workbench.css) to give the grid its room.
            gp.footer().getStyleClass().add("panel-hint");
        }
        return gp;
    }

    /** A grid's title and, when an element is followed, its story: what a screen reader says. */
    private String accessibleText(Panel panel) {
        String title = panel.title(model.activationProperty().get());
        String story = model.storyProperty().get();
        return story.isEmpty() ? title : TEXT.format("panel.accessible", title, story);
    }

    /**
     * The grids in two rows — forward on top (x → out → the cells x &lt; 0), backward below in the
     * order of its formula (dout → f′(x) → dx = dout · f′(x)) — and the colour panel beside
     * both rows while {@link #coloursShown} is on. The status
     * line's Colours button turns it on and off; until then it shows only where the grids keep their
     * numbers beside it (a grid area at least {@link #WIDE} wide), since the numbers come first.
     */
    private HBox gridArea() {
        GridPane area = new GridPane();
        area.getStyleClass().add("grid-area");
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            area.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            area.getRowConstraints().add(rc);
        }
        area.add(panels.get(Panel.X), 0, 0);
        area.add(panels.get(Panel.OUT), 1, 0);
        area.add(panels.get(Panel.ZEROED), 2, 0);
        area.add(panels.get(Panel.DOUT), 0, 1);
        area.add(panels.get(Panel.SLOPE), 1, 1);
        area.add(panels.get(Panel.DX), 2, 1);
        // Beside the grids rather than a column of theirs, so the three grid columns stay equal.
        ColourPanel colours = new ColourPanel(model);
        colours.visibleProperty().bind(coloursShown);
        colours.managedProperty().bind(coloursShown);
        HBox box = new HBox(area, colours);
        HBox.setHgrow(area, Priority.ALWAYS);
        HBox.setMargin(colours, new Insets(6, 8, 4, 0));
        colours.setMinWidth(Region.USE_PREF_SIZE); // the legend in full; the grids take the rest
        // Until the teacher presses the Colours button, the panel shows while the window is wide.
        box.widthProperty().addListener((o, was, width) -> {
            if (!coloursChosen) {
                coloursShown.set(width.doubleValue() >= WIDE);
            }
        });
        return box;
    }

    private VBox statusArea() {
        story.setId("story-line");
        story.getStyleClass().add("story-line");
        story.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.storyProperty().get().isEmpty()
                                ? TEXT.get("story.none")
                                : model.storyProperty().get(),
                        model.storyProperty()));
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        // What a preset or resize changed is read in full: it wraps rather than ending in "…".
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        story.setWrapText(true);
        story.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        ToggleButton colours = new ToggleButton(TEXT.get("toolbar.colours"));
        colours.setId("colours-toggle");
        colours.getStyleClass().add("colours-toggle");
        colours.setTooltip(new Tooltip(TEXT.get("toolbar.colours.tooltip")));
        colours.selectedProperty().bindBidirectional(coloursShown);
        colours.setOnAction(e -> coloursChosen = true);
        colours.setMinWidth(Region.USE_PREF_SIZE);
        HBox storyRow = new HBox(8, story, colours);
        storyRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(story, Priority.ALWAYS);
        story.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, storyRow, status);
        box.getStyleClass().add("status-area");
        return box;
    }

    /** Undo, redo and zoom keys, on whatever scene the workbench is shown in. */
    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), whenShown(model::undo));
        keys.put(
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                whenShown(model::redo));
        keys.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), whenShown(model::redo));
        for (KeyCode plus : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            keys.put(new KeyCodeCombination(plus, KeyCombination.SHORTCUT_DOWN), whenShown(model::zoomIn));
        }
        for (KeyCode minus : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            keys.put(new KeyCodeCombination(minus, KeyCombination.SHORTCUT_DOWN), whenShown(model::zoomOut));
        }
        keys.put(new KeyCodeCombination(KeyCode.W), whenShown(() -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl)) {
                startWalkThrough();
            }
        }));
        for (KeyCode zero : new KeyCode[] {KeyCode.DIGIT0, KeyCode.NUMPAD0}) {
            keys.put(new KeyCodeCombination(zero, KeyCombination.SHORTCUT_DOWN), whenShown(model::resetZoom));
        }
    }

    /** The action, run only while the workbench is the visible tab. */
    private Runnable whenShown(Runnable action) {
        return () -> {
            if (isVisible() && getParent() != null && getParent().isVisible()) {
                action.run();
            }
        };
    }
}
