package relulab.ui.path;

import java.util.List;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Presets;
import relulab.ui.lesson.LessonIds;
import relulab.ui.path.PathStep.Try;
import relulab.ui.state.LabSnapshot;
import relulab.ui.state.LabState;

/**
 * The chapter "Relu Layer" as a path through the window's tabs: the forward pass, the shape
 * kept, the backward pass, a check by prediction, the three claims (cheap, less vanishing
 * gradient, dying units) and the code, with the gradient check for those who want more.
 *
 * <p>Tabs are named by their lesson ids, the shell's stable names, so the path needs no lesson
 * class. Tensors come from the engine's presets with fixed seeds: every class sees the same
 * numbers, and a teacher can say "look at x[0,1,1]".
 */
final class LessonPath {

    /** The seed of the deeper tensor's upstream gradient. */
    private static final long DOUT_SEED = 7;

    private LessonPath() {
    }

    static List<PathStep> steps() {
        // The first steps show the numbers the window opens on: the textbook's example.
        LabSnapshot first = LabState.firstExample().snapshot();
        Tensor3 textbook = first.x();
        Tensor3 textbookDout = first.dout();
        Shape deep = new Shape(3, 4, 5);
        Tensor3 deepX = Presets.roundedNormal(deep, 3);
        Tensor3 deepDout = Presets.roundedNormal(deep, DOUT_SEED);
        return List.of(
                new PathStep("Forward: max(0, x) on every element",
                        "The ReLU layer replaces every negative element of its input by 0 and lets every other "
                                + "element through unchanged: out = max(0, x).",
                        LessonIds.WORKBENCH, "Workbench", textbook, textbookDout, List.of(
                                new Try("Hover over a negative cell of x",
                                        "out is 0 there, the zeroed grid hatches it, and the line under the "
                                                + "grids says out = max(0, x) = 0"),
                                new Try("Press W, then → a few times",
                                        "out fills in one cell at a time, in loop order (d, h, w), with the "
                                                + "formula and its numbers above the grids"),
                                new Try("Type 0 into a cell of x",
                                        "out is 0, but the cell is not counted as zeroed: ReLU zeroes only x < 0"))),
                new PathStep("Shape and depth are kept",
                        "ReLU works on each element on its own, so a 3-D input of depth D, height H and width W "
                                + "gives an output of exactly the same shape, slice by slice.",
                        LessonIds.WORKBENCH, "Workbench", deepX, deepDout, List.of(
                                new Try("Read the shape of x, out and dx",
                                        "all five grids are 3 slices of 4 × 5: nothing is added or removed"),
                                new Try("Change the depth in the toolbar's shape controls",
                                        "every grid follows with the same depth, and the zeroed counts are "
                                                + "given per slice"),
                                new Try("Fill x with Presets ▸ Checkerboard ±1",
                                        "out keeps exactly the +1 squares in every slice"))),
                new PathStep("Backward: dx = dout where x > 0",
                        "Going back, the layer passes the upstream gradient dout through where x was positive "
                                + "and blocks it elsewhere: dx = dout · [x > 0]. At exactly x = 0 the slope is "
                                + "taken as 0.",
                        LessonIds.WORKBENCH, "Workbench", textbook, textbookDout, List.of(
                                new Try("Press W, then End, then ← a few times",
                                        "the backward pass: each step goes from dout through the gate x > 0 "
                                                + "to dx"),
                                new Try("Change a dout cell where x is negative",
                                        "dx stays 0 there: the gate is closed whatever dout is"),
                                new Try("Hover over x[0,1,1], which is exactly 0",
                                        "dx is 0 there: ReLU′(0) is taken as 0, as in PyTorch"))),
                new PathStep("Check yourself: predict",
                        "Say what the layer will do before you see it: which cells are zeroed, where the "
                                + "gradient is blocked, and the values of out and dx.",
                        LessonIds.PREDICT, "Predict", null, null, List.of(
                                new Try("Mark the cells ReLU zeroes, then press Check",
                                        "your score, ✓ or ✗ on each cell, and why for each mistake"),
                                new Try("Switch to \"Mark the cells where dx = 0\" and look for x = 0",
                                        "cells with x = 0 have dx = 0 too, because ReLU′(0) = 0"),
                                new Try("Press New question a few times",
                                        "fewer cells are shown solved each round, until you predict them all"))),
                new PathStep("Claim 1: easy to compute",
                        "ReLU needs one comparison per element and no exponential, so it costs about what "
                                + "copying the data costs.",
                        LessonIds.COST, "Easy to compute", null, null, List.of(
                                new Try("Press Run",
                                        "ReLU forward takes about as long as a plain copy; sigmoid and tanh take "
                                                + "several times longer"),
                                new Try("Compare the backward bars",
                                        "ReLU's backward is a select: still far cheaper than sigmoid's or tanh's"))),
                new PathStep("Claim 2: much less vanishing gradient",
                        "Sigmoid's slope is at most ¼, so the gradient shrinks layer after layer; ReLU's slope "
                                + "is exactly 1 on every active unit.",
                        LessonIds.VANISHING, "Vanishing gradient", null, null, List.of(
                                new Try("Set the depth to 30 or more",
                                        "sigmoid's gradient at the first layer falls by many orders of magnitude"),
                                new Try("Compare ReLU with its recommended (He) initialisation",
                                        "ReLU's gradient keeps its size through the layers"))),
                new PathStep("Claim 3: units can die",
                        "A large learning rate can push a ReLU unit where its input is negative for every "
                                + "example: it outputs 0, gets no gradient, and never recovers.",
                        LessonIds.DYING, "Dying ReLU", null, null, List.of(
                                new Try("Set a small learning rate such as 0.01",
                                        "almost every unit stays alive (●)"),
                                new Try("Raise the learning rate to 1 or more",
                                        "many units die (✕), and the dead share stays up until the end"),
                                new Try("Switch the activation to Leaky ReLU",
                                        "no unit dies for good: a small slope keeps the gradient flowing"))),
                new PathStep("The code: Python and Matlab",
                        "The forward and backward pass are one line each in NumPy and in Matlab.",
                        LessonIds.CODE, "The code", textbook, textbookDout, List.of(
                                new Try("Read the forward and backward lines",
                                        "out = max(0, x) and dx = dout where x > 0, as in the workbench"),
                                new Try("Copy the literals of x and dout into Python or Octave",
                                        "the script prints that out and dx equal ReLU Lab's"))),
                new PathStep("Going further: check the gradient",
                        "A numeric gradient from centred differences agrees with the analytic dx everywhere "
                                + "except right at the kink.",
                        LessonIds.GRADIENT_CHECK, "Gradient check", null, null, List.of(
                                new Try("Look at the relative error of each cell",
                                        "tiny everywhere, except at cells within h of 0, which are flagged"),
                                new Try("Make the step h smaller",
                                        "fewer cells lie within h of the kink"))));
    }
}
