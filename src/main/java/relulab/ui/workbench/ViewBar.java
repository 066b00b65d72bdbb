package relulab.ui.workbench;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import relulab.ui.shared.grid.TensorGrid;
import relulab.ui.shared.text.Messages;

/**
 * The line above the grids that says how they are shown, when that needs saying: which slice
 * is shown alone (with a slider to pick another), and when the cells are too small for numbers.
 * Each hint shows only while it is true, and the line only while one does. A flow, so that in
 * presentation mode's large type the hint goes onto a second line rather than pushing the grids
 * out of the window. Ids: {@code slice}, {@code slice-label}, {@code zoom-in-hint}.
 */
final class ViewBar extends FlowPane {

    private static final Messages TEXT = Messages.of(ViewBar.class);

    /** @param first the grid whose layout (mosaic or one slice, numbers shown or not) the hints follow */
    ViewBar(WorkbenchViewModel model, TensorGrid first) {
        super(16, 4);
        HBox slice = sliceControls(model, first);
        Label small = new Label(TEXT.get("view.zoomHint"));
        small.setId("zoom-in-hint");
        small.getStyleClass().add("view-hint");
        small.setMinWidth(Region.USE_PREF_SIZE);
        small.visibleProperty().bind(first.numbersShownProperty().not());
        small.managedProperty().bind(small.visibleProperty());
        getChildren().addAll(slice, small);
        getStyleClass().add("slice-bar");
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(slice.visibleProperty().or(small.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }

    private static HBox sliceControls(WorkbenchViewModel model, TensorGrid first) {
        Slider slider = new Slider(0, 0, 0);
        slider.setId("slice");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        HBox.setHgrow(slider, Priority.ALWAYS);
        model.resultsProperty().addListener(o -> slider.setMax(model.shape().depth() - 1));
        slider.setMax(model.shape().depth() - 1);
        slider.valueProperty()
                .addListener((o, old, now) -> model.depthProperty().set((int) Math.round(now.doubleValue())));
        model.depthProperty().addListener((o, old, now) -> slider.setValue(now.intValue()));
        Label which = new Label();
        which.setId("slice-label");
        which.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> TEXT.format(
                                "view.sliceShown",
                                model.depthProperty().get(),
                                model.shape().depth() - 1),
                        model.depthProperty(),
                        model.resultsProperty()));
        which.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, new Label(TEXT.get("view.slice")), slider, which);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(first.mosaicProperty().not());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
