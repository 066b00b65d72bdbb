package relulab.ui.gradcheck;

import java.util.function.ToDoubleFunction;
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
import relulab.ui.shared.GradientAtZeroSwitch;

/**
 * The gradient check panel: the step h on a log slider, the ReLU'(0) switch, the verdict, why the
 * kink fools the check, and a table of every cell with numeric and analytic gradient side by side.
 */
public final class GradientCheckView extends BorderPane {

    static final String WHY_THE_KINK = "Why cells near 0 fail: the centred difference "
            + "(f(x+h) \u2212 f(x\u2212h)) / 2h looks at both sides of x. When |x| < h it straddles "
            + "ReLU's kink and mixes the slopes 0 and 1: at x = 0 it gives \u00bd \u00b7 dout whatever "
            + "ReLU\u2032(0) is, and a value in between for 0 < |x| < h. There the analytic dx is right "
            + "and the estimate is wrong. A smaller h narrows the band but never removes x = 0.";

    private static final PseudoClass KINK = PseudoClass.getPseudoClass("kink");
    private static final int DIGITS = 6;
    /** An error is read for its order of magnitude. */
    private static final int ERROR_DIGITS = 2;

    private final TableView<GradientCheckRow> table = new TableView<>();

    public GradientCheckView(GradientCheckViewModel viewModel) {
        Label title = new Label("Gradient check: numeric vs analytic dx, cell by cell");
        title.getStyleClass().add("lesson-title");

        Slider step = new Slider(GradientCheckViewModel.MIN_LOG_STEP, GradientCheckViewModel.MAX_LOG_STEP,
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

        CheckBox onlyKink = new CheckBox("Only cells within h of 0");
        onlyKink.setId("gradcheck-only-kink");
        onlyKink.selectedProperty().bindBidirectional(viewModel.onlyKinkCellsProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(14, new Label("Step h"), step, stepValue, gap,
                new Label("ReLU\u2032(0) ="), new GradientAtZeroSwitch(viewModel.gradientAtZeroProperty()),
                onlyKink);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("gradcheck-summary");
        summary.setWrapText(true);
        summary.getStyleClass().addAll("lesson-text", "summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        Label why = new Label(WHY_THE_KINK);
        why.setWrapText(true);
        why.getStyleClass().addAll("lesson-text", "why");

        VBox top = new VBox(10, title, controls, summary, why);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        buildTable();
        table.itemsProperty().bind(viewModel.rowsProperty());
        setCenter(table);
        setPadding(new Insets(14, 20, 14, 20));
        getStyleClass().add("gradient-check-view");
        getStylesheets().add(GradientCheckView.class.getResource("gradcheck.css").toExternalForm());
    }

    private void buildTable() {
        table.setId("gradcheck-table");
        TableColumn<GradientCheckRow, String> cell = new TableColumn<>("cell [d, r, c]");
        cell.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position()));
        cell.setSortable(false);
        TableColumn<GradientCheckRow, String> flag = new TableColumn<>("near kink?");
        flag.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().nearKink() ? "\u26a0 |x| < h"
                        : c.getValue().checkable() ? "" : "not checked"));
        flag.setSortable(false);
        table.getColumns().add(cell);
        table.getColumns().add(number("x", GradientCheckRow::x, DIGITS));
        table.getColumns().add(number("dout", GradientCheckRow::dout, DIGITS));
        table.getColumns().add(number("numeric", GradientCheckRow::numeric, DIGITS));
        table.getColumns().add(number("analytic dx", GradientCheckRow::analytic, DIGITS));
        table.getColumns().add(number("rel. error", GradientCheckRow::relativeError, ERROR_DIGITS));
        table.getColumns().add(flag);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GradientCheckRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(KINK, !empty && item != null && item.nearKink());
            }
        });
        table.setPlaceholder(new Label("No cell lies within h of 0."));
    }

    private static TableColumn<GradientCheckRow, Double> number(String title, ToDoubleFunction<GradientCheckRow> value,
                                                              int digits) {
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
            return GradientCheckViewModel.powerOfTen(Math.round(exponent));
        }

        @Override
        public Double fromString(String text) {
            return Math.log10(NumberText.parse(text));
        }
    }
}
