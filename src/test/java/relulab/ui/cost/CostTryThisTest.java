package relulab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import relulab.cost.BenchKernel;
import relulab.cost.BenchProgress;
import relulab.cost.BenchReport;
import relulab.cost.BenchRunner;
import relulab.io.NumberText;

/**
 * The "Things to try" rows of the cost help page and of the path's step on claim 1, each done on
 * the lesson's view model with a real (short) measurement on this machine, with what the row
 * promises checked: the sentence under the chart follows the measured ratios, never a fixed
 * claim, so the rows promise what the sentence and the bars can show on any machine.
 */
class CostTryThisTest {

    private static final int SMALL = 1 << 16;
    private static final BenchRunner SHORT = new BenchRunner(1, 3);

    private static CostViewModel measured(int elements) {
        CostViewModel model = new CostViewModel(task -> {}, Runnable::run, SHORT, new ReportMemory() {
            @Override
            public Optional<BenchReport> recall() {
                return Optional.empty();
            }

            @Override
            public void remember(BenchReport report) {}
        });
        model.sizeProperty().set(elements);
        long id = model.begin(elements);
        model.succeeded(id, SHORT.run(elements, BenchProgress.NONE));
        return model;
    }

    private static CostBar bar(CostViewModel model, BenchKernel kernel) {
        return model.bars().stream()
                .filter(b -> b.kernel() == kernel)
                .findFirst()
                .orElseThrow();
    }

    private static String ratioText(BenchReport report, BenchKernel kernel) {
        return NumberText.forDisplay(report.ratioToCopy(kernel.label()), 2) + "\u00D7";
    }

    /**
     * Help and path step 5: "Press Run" → "the sentence under the chart gives ReLU forward's speed
     * as a multiple of a copy's, as measured, and says whether it keeps up with the copy; sigmoid
     * and tanh forward, with an exp per element, are slower than ReLU forward".
     */
    @Test
    void tryThis_cost_runSaysReluForwardAgainstCopyAsMeasured() {
        CostViewModel model = measured(SMALL);
        BenchReport report = model.reportProperty().get();
        String sentence = model.ratiosProperty().get();
        if (report.busy()) {
            assertTrue(sentence.startsWith("The machine was busy"), sentence);
            return;
        }
        assertTrue(
                sentence.contains("ReLU forward runs at " + (report.ratioToCopy("relu-forward") >= 0.8 ? "" : "only ")
                        + ratioText(report, BenchKernel.RELU_FORWARD)),
                sentence);
        assertEquals(
                report.ratioToCopy("relu-forward") >= 0.8, sentence.contains("it keeps up with the copy"), sentence);
        assertTrue(report.result("sigmoid-forward").nsPerElement()
                > report.result("relu-forward").nsPerElement());
        assertTrue(report.result("tanh-forward").nsPerElement()
                > report.result("relu-forward").nsPerElement());
    }

    /**
     * Help: "Compare the forward bars: sigmoid and tanh need an exp per element, ReLU one
     * comparison."
     */
    @Test
    void tryThis_cost_forwardBarsNameTheExp() {
        CostViewModel model = measured(SMALL);
        assertEquals("a comparison", bar(model, BenchKernel.RELU_FORWARD).work());
        assertEquals("bar-comparison", bar(model, BenchKernel.RELU_FORWARD).styleClass());
        assertTrue(bar(model, BenchKernel.SIGMOID_FORWARD).work().contains("an exp"));
        assertTrue(bar(model, BenchKernel.TANH_FORWARD).work().contains("tanh"));
        assertEquals("bar-exp", bar(model, BenchKernel.SIGMOID_FORWARD).styleClass());
        assertEquals("bar-exp", bar(model, BenchKernel.TANH_FORWARD).styleClass());
    }

    /**
     * Path step 5: "Compare the backward bars" → "from the output the forward pass kept, sigmoid's
     * and tanh's backward need no exp: a subtraction and two multiplications, beside ReLU's select".
     * That the timed loops compute s(1 − s)·dout and (1 − t²)·dout is BenchKernelTest's.
     */
    @Test
    void tryThis_pathCost_backwardBarsNeedNoExp() {
        CostViewModel model = measured(SMALL);
        for (BenchKernel kernel : List.of(BenchKernel.SIGMOID_BACKWARD, BenchKernel.TANH_BACKWARD)) {
            String work = bar(model, kernel).work();
            assertFalse(work.contains("exp"), work);
            assertEquals("a subtraction, two multiplications", work);
            assertEquals("bar-multiplication", bar(model, kernel).styleClass(), "coloured as what is timed");
        }
        assertEquals(
                "a comparison, a select", bar(model, BenchKernel.RELU_BACKWARD).work());
        // "from the output the forward pass kept": the tab's explanation and help say how they are timed
        String explanation = relulab.ui.shared.text.Messages.of(CostView.class).get("explanation");
        assertTrue(
                explanation.contains(
                        "from the output the forward pass kept (s(1 − s)·dout, (1 − t²)·dout): no exp there"),
                explanation);
    }

    /**
     * Help: "Try the smallest and the largest size in turn: the sentence gives ReLU's speed
     * against the copy's for each size, as measured."
     */
    @Test
    void tryThis_cost_eachSizeGetsItsOwnMeasuredSentence() {
        for (int elements :
                List.of(CostViewModel.SIZES.get(0), CostViewModel.SIZES.get(CostViewModel.SIZES.size() - 1))) {
            CostViewModel model = measured(elements);
            BenchReport report = model.reportProperty().get();
            assertEquals(elements, report.elements());
            String sentence = model.ratiosProperty().get();
            assertTrue(report.busy() || sentence.contains(ratioText(report, BenchKernel.RELU_FORWARD)), sentence);
        }
    }

    /**
     * Help: "Click GELU and ELU above the chart: GELU's bars wear the erf's colour and ELU's the
     * exp's, and the sentence gives each one's speed against the copy's, forward and backward, as
     * measured."
     */
    @Test
    void tryThis_cost_geluAndEluShowTheirColoursAndRatios() {
        CostViewModel model = measured(SMALL);
        BenchReport report = model.reportProperty().get();
        assertTrue(model.bars().stream().noneMatch(b -> b.kernel() == BenchKernel.GELU_FORWARD));

        model.shownProperty("gelu").set(true);
        model.shownProperty("elu").set(true);

        for (BenchKernel k : List.of(BenchKernel.GELU_FORWARD, BenchKernel.GELU_BACKWARD)) {
            assertEquals("bar-erf", bar(model, k).styleClass(), k.label());
        }
        for (BenchKernel k : List.of(BenchKernel.ELU_FORWARD, BenchKernel.ELU_BACKWARD)) {
            assertEquals("bar-exp", bar(model, k).styleClass(), k.label());
        }
        String sentence = model.ratiosProperty().get();
        assertTrue(
                report.busy()
                        || (sentence.contains("GELU (an erf): forward " + ratioText(report, BenchKernel.GELU_FORWARD)
                                        + ", backward " + ratioText(report, BenchKernel.GELU_BACKWARD))
                                && sentence.contains("ELU (a comparison, an exp): forward "
                                        + ratioText(report, BenchKernel.ELU_FORWARD) + ", backward "
                                        + ratioText(report, BenchKernel.ELU_BACKWARD))),
                sentence);
    }
}
