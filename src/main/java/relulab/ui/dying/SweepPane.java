package relulab.ui.dying;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.train.DeadUnits;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.ui.shared.text.Messages;

/**
 * The "Learning-rate sweep" view: the silent share of each layer at the end of training against
 * the learning rate (log axis, mean of the sweep's seeds), a marker at the rate chosen, a ✕ where
 * runs diverged, the sweep's progress, and the note that says how to read the curve. The curve
 * grows point by point as the {@link SweepRuns sweep} publishes them.
 */
final class SweepPane extends VBox {

    private static final Messages WORDS = Messages.of(SweepPane.class);

    private final DyingViewModel vm;
    private final LayerChart sweep;
    private final Label status = new Label();
    private final Label note = new Label();

    SweepPane(DyingViewModel vm) {
        super(4);
        this.vm = vm;
        NumberAxis rates = new NumberAxis(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, 1);
        rates.setTickLabelFormatter(LogRateLabels.forAxis());
        rates.setLabel(WORDS.get("sweep.axis.rate"));
        rates.setMinorTickCount(0);
        sweep = new LayerChart(
                WORDS.get("sweep.title.dead"), rates, WORDS.get("sweep.axis.share"), WORDS.get("sweep.marker"));
        status.getStyleClass().add("sweep-status");
        status.setText(WORDS.format("sweep.status", vm.sweepText()));
        note.setId("dying-sweep-note");
        note.setWrapText(true);
        note.getStyleClass().add("sweep-note");
        note.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(sweep, status, note);
        VBox.setVgrow(sweep, Priority.ALWAYS);
        setPadding(new Insets(6, 0, 0, 0));
        vm.sweepProperty().addListener((o, was, points) -> show(points));
        vm.logLearningRateProperty().addListener((o, was, now) -> sweep.moveMarker(now.doubleValue()));
    }

    private void show(List<SweepPoint> points) {
        List<double[][]> curves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean dead = DeadUnits.silentMeansDead(vm.activationProperty().get());
        int layers = points.isEmpty() ? 0 : points.get(0).layers();
        for (int l = 0; l < layers; l++) {
            double[][] curve = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                curve[i] = new double[] {
                    Math.log10(points.get(i).learningRate()),
                    100 * points.get(i).meanSilentFraction(l)
                };
            }
            curves.add(curve);
            names.add(WORDS.format(RunSentences.silentKey("sweep.key", dead), l + 1, LearningRateSweep.SEEDS));
        }
        List<Double> diverged = new ArrayList<>();
        for (SweepPoint p : points) {
            if (p.diverged() > 0) {
                diverged.add(Math.log10(p.learningRate()));
            }
        }
        sweep.chart().setTitle(WORDS.get(RunSentences.silentKey("sweep.title", dead)));
        sweep.show(curves, names, vm.logLearningRateProperty().get());
        sweep.showMarks(diverged, WORDS.get("sweep.diverged.mark"));
        status.setText(WORDS.format("sweep.status", vm.sweepText()));
        note.setText(vm.sweepNote());
    }
}
