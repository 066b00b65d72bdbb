package relulab.ui.dying;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The "Dying ReLU" tab, a view on a {@link DyingViewModel} made of its panes: the settings on the
 * left ({@link SettingsPane}), the predict-the-share band on top ({@link DeadSharePrediction}),
 * and in the centre the sentences about the watched step over three views — the units and the
 * data step by step ({@link WatchPane}), the learning-rate sweep ({@link SweepPane}), the
 * remedies side by side ({@link RemediesPane}) and the autopsy of a dead unit
 * ({@link AutopsyPane}), which a click on a dead unit's cell opens. All training runs in the view model, on the
 * shell's background threads; the lesson calls {@link #start()} when the tab is first shown.
 */
public final class DyingView extends BorderPane {

    private static final Messages WORDS = Messages.of(DyingView.class);

    private final DyingViewModel vm;
    private final WatchPane watch;
    private final Label stepText = new Label();
    private final Label recovery = new Label();
    private final Label divergence = new Label();
    private final Label frozen = new Label();

    private final DisplaySettings display;

    /** A view on {@code vm}, which the lesson made, folding its explanations away in presentation mode. */
    DyingView(DyingViewModel vm, DisplaySettings display) {
        this.vm = vm;
        this.display = display;
        watch = new WatchPane(vm, display);
        getStyleClass().add("dying-view");
        getStylesheets().add(DyingView.class.getResource("dying.css").toExternalForm());
        setLeft(new SettingsPane(vm, display));
        setCenter(results());
        setTop(new DeadSharePrediction(
                vm.learningRateProperty(), vm.runProperty(), vm.trainingProperty(), getCenter()));
        vm.runProperty().addListener((o, was, run) -> showRun());
        vm.stepProperty().addListener((o, was, now) -> showStep());
        showStep();
    }

    private Node results() {
        stepText.setId("dying-step-text");
        stepText.getStyleClass().add("step-text");
        // In presentation mode the units view's player row says it, short, beside the Play button.
        stepText.visibleProperty().bind(display.presentationProperty().not());
        stepText.managedProperty().bind(stepText.visibleProperty());
        recovery.setId("dying-recovery");
        // The paragraph on revived and born-dead units scrolls past three lines (its maximum height,
        // in dying.css) rather than take the pictures' room in a short window or a long
        // translation; up to that height it shows whole, the views below give way first.
        ScrollPane recoveryScroll = new ScrollPane(recovery) {
            @Override
            protected double computeMinHeight(double width) {
                return Math.min(getMaxHeight(), recovery.getHeight() + snappedTopInset() + snappedBottomInset());
            }
        };
        recoveryScroll.setFitToWidth(true);
        recoveryScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        recoveryScroll.getStyleClass().add("recovery-scroll");
        PresentationRoles.explanation(recoveryScroll, display);
        for (Label text : List.of(stepText, recovery)) {
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
        }
        for (Label warning : List.of(divergence, frozen)) {
            warning.getStyleClass().add("divergence");
            warning.setWrapText(true);
            warning.setMinHeight(Label.USE_PREF_SIZE);
            warning.managedProperty().bind(warning.textProperty().isNotEmpty());
            warning.visibleProperty().bind(warning.managedProperty());
        }
        divergence.setId("dying-divergence");
        frozen.setId("dying-frozen");

        Tab autopsy = tab("views.autopsy", new AutopsyPane(vm), "dying-autopsy-tab");
        TabPane views = new TabPane(
                tab("views.watch", watch, "dying-watch-tab"),
                tab("views.sweep", new SweepPane(vm, display), "dying-sweep-tab"),
                tab("views.remedies", new RemediesPane(vm, display), "dying-remedies-tab"),
                autopsy);
        watch.grid().setChooser((layer, unit) -> {
            if (vm.autopsy().select(layer, unit)) {
                views.getSelectionModel().select(autopsy);
            }
        });
        views.setId("dying-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);

        VBox center = new VBox(4, stepText, recoveryScroll, divergence, frozen, views);
        center.setPadding(new Insets(8, 10, 6, 10));
        return center;
    }

    /** A sub-tab with a short title, so the row fits in every language, and its full name in the tooltip. */
    private static Tab tab(String titleKey, Node content, String id) {
        Tab t = new Tab(WORDS.get(titleKey), content);
        t.setTooltip(new Tooltip(WORDS.get(titleKey + ".tooltip")));
        t.setId(id);
        return t;
    }

    private void showRun() {
        divergence.setText(vm.divergenceText());
        recovery.setText(vm.recoveryText());
        showStep();
    }

    private void showStep() {
        stepText.setText(vm.stepText());
        frozen.setText(vm.frozenText());
    }

    /** Trains and sweeps with the first settings: the lesson calls it once, when first shown. */
    public void start() {
        vm.start();
    }

    /** Stops training, sweeping and playing while the tab is hidden. */
    public void pause() {
        watch.stopPlaying();
        vm.pause();
    }

    /** Goes on with what {@link #pause()} stopped. */
    public void resume() {
        vm.resume();
    }

    /** The view model, for tests. */
    DyingViewModel viewModel() {
        return vm;
    }

    /** The unit grids, for tests. */
    UnitGrid grid() {
        return watch.grid();
    }
}
