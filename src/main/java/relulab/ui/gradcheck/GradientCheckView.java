package relulab.ui.gradcheck;

import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import relulab.io.NumberText;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.GradientAtZeroSwitch;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The gradient check panel: the step h on a log slider, the ReLU'(0) switch (for an activation
 * with that choice), the verdict, why a kink fools the check, and a table of every cell with numeric and analytic gradient side by side.
 */
public final class GradientCheckView extends BorderPane {

    private static final PseudoClass KINK = PseudoClass.getPseudoClass("kink");
    private static final int DIGITS = 6;
    /** An error is read for its order of magnitude. */
    private static final int ERROR_DIGITS = 2;
    /** The width of the flag column, in em of the panel's text: its longest flag ("⚠ x = 0: no derivative"). */
    private static final double FLAG_EMS = 17;
    /** The width of the error column, in em of the panel's text: its heading in a long language. */
    private static final double ERROR_EMS = 7.5;
    /** The table's type against the panel's in presentation mode (gradcheck.css: body size). */
    private static final double PRESENTED_TABLE_SCALE = 0.87;

    private final TableView<GradientCheckRow> table = new TableView<>();
    private final Messages messages = Messages.of(GradientCheckView.class);

    /** @param display presentation mode folds the why paragraph away and leaves the table its room */
    public GradientCheckView(GradientCheckViewModel viewModel, DisplaySettings display) {
        Label title = new Label(messages.get("title"));
        title.getStyleClass().add("lesson-title");

        Slider step = new Slider(
                GradientCheckViewModel.MIN_LOG_STEP,
                GradientCheckViewModel.MAX_LOG_STEP,
                viewModel.logStepProperty().get());
        step.setId("gradcheck-step");
        step.setMajorTickUnit(1);
        step.setMinorTickCount(1);
        step.setSnapToTicks(true);
        step.setShowTickMarks(true);
        step.setShowTickLabels(true);
        step.setLabelFormatter(new PowerOfTenLabels());
        step.setPrefWidth(300);
        step.valueProperty().bindBidirectional(viewModel.logStepProperty());
        Label stepValue = new Label();
        stepValue.setId("gradcheck-step-value");
        stepValue.getStyleClass().add("step-value");
        stepValue.textProperty().bind(viewModel.stepTextProperty());

        CheckBox onlyKink = new CheckBox(messages.get("only-kink"));
        onlyKink.setId("gradcheck-only-kink");
        onlyKink.selectedProperty().bindBidirectional(viewModel.onlyKinkCellsProperty());
        CheckBox workbench = new CheckBox(messages.get("workbench-data"));
        workbench.setId("gradcheck-workbench-data");
        workbench.selectedProperty().bindBidirectional(viewModel.workbenchDataProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The ReLU'(0) switch is shown only for an activation that has that choice.
        Label choiceLabel = new Label(messages.get("relu-prime-zero"));
        choiceLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choice = new HBox(14, choiceLabel, new GradientAtZeroSwitch(viewModel.gradientAtZeroProperty()));
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.visibleProperty().bind(viewModel.choiceAtZeroProperty());
        choice.managedProperty().bind(choice.visibleProperty());
        Label stepLabel = new Label(messages.get("step"));
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(14, stepLabel, step, stepValue, gap, choice);
        controls.setAlignment(Pos.CENTER_LEFT);
        // The switches get a row of their own, so that no label is cut on a narrow window.
        HBox switches = new HBox(24, workbench, onlyKink);
        switches.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("gradcheck-summary");
        summary.setWrapText(true);
        summary.getStyleClass().addAll("lesson-text", "summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        Label why = new Label();
        why.textProperty().bind(viewModel.whyProperty());
        why.setWrapText(true);
        why.getStyleClass().addAll("lesson-text", "why");
        PresentationRoles.explanation(why, display);

        VBox top = new VBox(10, title, controls, switches, summary, why);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        buildTable(summary, display);
        table.itemsProperty().bind(viewModel.rowsProperty());
        setCenter(PresentationRoles.picture(table));
        setPadding(new Insets(14, 20, 14, 20));
        getStyleClass().add("gradient-check-view");
        getStylesheets()
                .add(GradientCheckView.class.getResource("gradcheck.css").toExternalForm());
    }

    /** @param text a label in the panel's body type: the flag column is as wide as its words in that type */
    private void buildTable(Label text, DisplaySettings display) {
        table.setId("gradcheck-table");
        TableColumn<GradientCheckRow, String> cell = new TableColumn<>(messages.get("column.cell"));
        cell.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position()));
        cell.setSortable(false);
        TableColumn<GradientCheckRow, String> flag = new TableColumn<>(messages.get("column.flag"));
        flag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().nearKink()
                        ? messages.get(c.getValue().x() == 0 ? "flag.zero" : "flag.kink")
                        : c.getValue().checkable() ? "" : messages.get("flag.unchecked")));
        flag.setSortable(false);
        atLeastEms(flag, FLAG_EMS, text, display);
        table.getColumns().add(cell);
        table.getColumns().add(number(messages.get("column.x"), GradientCheckRow::x, DIGITS));
        table.getColumns().add(number(messages.get("column.dout"), GradientCheckRow::dout, DIGITS));
        table.getColumns().add(number(messages.get("column.numeric"), GradientCheckRow::numeric, DIGITS));
        table.getColumns().add(number(messages.get("column.analytic"), GradientCheckRow::analytic, DIGITS));
        TableColumn<GradientCheckRow, Double> error =
                number(messages.get("column.error"), GradientCheckRow::relativeError, ERROR_DIGITS);
        atLeastEms(error, ERROR_EMS, text, display);
        table.getColumns().add(error);
        table.getColumns().add(flag);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GradientCheckRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(KINK, !empty && item != null && item.nearKink());
            }
        });
        table.setPlaceholder(new Label(messages.get("table.empty")));
    }

    /**
     * Keeps {@code column} at least {@code ems} wide in the table's type at the moment (that of
     * {@code text}, smaller in presentation mode), so that its heading and values are never cut.
     */
    private static void atLeastEms(TableColumn<?, ?> column, double ems, Label text, DisplaySettings display) {
        column.minWidthProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> ems * text.getFont().getSize() * (display.isPresentation() ? PRESENTED_TABLE_SCALE : 1),
                        text.fontProperty(),
                        display.presentationProperty()));
    }

    private static TableColumn<GradientCheckRow, Double> number(
            String title, ToDoubleFunction<GradientCheckRow> value, int digits) {
        TableColumn<GradientCheckRow, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                // −0 reads as 0: here the sign of zero is noise (item == 0 is true for −0 too).
                setText(empty || item == null ? null : NumberText.forDisplay(item == 0 ? 0.0 : item, digits));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }

    /** Tick labels of the log slider: 1e-7 … 1e-1 at whole decades. */
    private static final class PowerOfTenLabels extends StringConverter<Double> {
        @Override
        public String toString(Double exponent) {
            return GradientCheckViewModel.powerOfTen((int) Math.round(exponent));
        }

        @Override
        public Double fromString(String text) {
            return Math.log10(NumberText.parse(text));
        }
    }
}
