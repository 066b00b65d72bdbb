package relulab.ui.dying;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.train.LearningRateSweep;
import relulab.train.SweepPoint;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.activation.ActivationWords;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The "Learning-rate sweep" view: the share of hidden units dead or nearly dead at the end of
 * training against the learning rate (log axis, mean of the sweep's seeds), one curve for the
 * activation as set and one for each member the tab compares on the same seeds (ReLU, Leaky ReLU,
 * ELU, GELU), a marker at the rate chosen, a ✕ where runs of the activation as set diverged, the
 * sweep's progress, the note that says how to read the curve and the sentence that says what each
 * member does where ReLU dies ({@link FamilySentences}). The curves grow point by point as the
 * {@link SweepRuns sweep} publishes them.
 */
final class SweepPane extends VBox {

    private static final Messages WORDS = Messages.of(SweepPane.class);

    private final DyingViewModel vm;
    private final LayerChart sweep;
    private final Label status = new Label();
    private final Label note = new Label();
    private final Label family = new Label();

    SweepPane(DyingViewModel vm, DisplaySettings display) {
        super(4);
        this.vm = vm;
        NumberAxis rates = new NumberAxis(DyingViewModel.MIN_LOG_RATE, DyingViewModel.MAX_LOG_RATE, 1);
        rates.setTickLabelFormatter(LogRateLabels.forAxis());
        rates.setLabel(WORDS.get("sweep.axis.rate"));
        rates.setMinorTickCount(0);
        sweep = new LayerChart(
                WORDS.get("sweep.family.title"), rates, WORDS.get("sweep.axis.share"), WORDS.get("sweep.marker"));
        sweep.getStyleClass().add("sweep-chart");
        PresentationRoles.picture(sweep);
        status.getStyleClass().add("sweep-status");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.setText(WORDS.format("sweep.status", vm.sweepText()));
        note.setId("dying-sweep-note");
        family.setId("dying-sweep-family");
        for (Label text : List.of(note, family)) {
            text.setWrapText(true);
            text.getStyleClass().add("sweep-note");
            text.setMinHeight(Label.USE_PREF_SIZE);
        }
        PresentationRoles.explanation(note, display);
        VBox content = new VBox(4, sweep, status, family, note);
        VBox.setVgrow(sweep, Priority.ALWAYS);
        ScrollPane scroll = ViewScroll.around(content);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        setPadding(new Insets(6, 0, 0, 0));
        vm.membersProperty().addListener((o, was, members) -> show(members));
        vm.logLearningRateProperty().addListener((o, was, now) -> sweep.moveMarker(now.doubleValue()));
    }

    private void show(List<MemberSweep> members) {
        List<double[][]> curves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MemberSweep m : members) {
            List<SweepPoint> points = m.points();
            double[][] curve = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                SweepPoint p = points.get(i);
                curve[i] = new double[] {Math.log10(p.learningRate()), 100 * (p.deadShare() + p.nearlyDeadShare())};
            }
            curves.add(curve);
            names.add(WORDS.format("sweep.family.key", ActivationWords.name(m.activation()), LearningRateSweep.SEEDS));
        }
        List<Double> diverged = new ArrayList<>();
        for (SweepPoint p : vm.sweepProperty().get()) {
            if (p.diverged() > 0) {
                diverged.add(Math.log10(p.learningRate()));
            }
        }
        sweep.show(curves, names, vm.logLearningRateProperty().get());
        sweep.showMarks(diverged, WORDS.get("sweep.diverged.mark"));
        status.setText(WORDS.format("sweep.status", progress(members)));
        note.setText(vm.sweepNote());
        family.setText(vm.familyText());
    }

    /** "computing: 40 of 100 activations × rates, 3 seeds each…", or what the finished sweep covers. */
    private static String progress(List<MemberSweep> members) {
        int done = members.stream().mapToInt(m -> m.points().size()).sum();
        int all = members.size() * LearningRateSweep.RATES;
        return done == all
                ? WORDS.format("sweep.family.done", members.size(), LearningRateSweep.RATES, LearningRateSweep.SEEDS)
                : WORDS.format("sweep.family.computing", done, all, LearningRateSweep.SEEDS);
    }
}
