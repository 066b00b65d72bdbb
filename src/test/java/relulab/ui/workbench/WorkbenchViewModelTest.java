package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.image.FeatureMapPreset;
import relulab.io.paste.PastedText;
import relulab.io.presets.PresetCatalog;
import relulab.testsupport.KeptLocale;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.NamedRange;
import relulab.ui.shared.text.UiLocale;
import relulab.ui.state.LabState;

/** The workbench's logic, without a toolkit: edits, refusals, undo, resize, paste, presets, files. */
class WorkbenchViewModelTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    private static final Shape SHAPE = new Shape(2, 3, 4);

    private LabState state;
    private WorkbenchViewModel model;

    @BeforeEach
    void setUp() {
        // x counts up from −5 so that cells 0..4 are negative, 5 is zero and the rest positive.
        state = new LabState(Tensor3.generate(SHAPE, i -> i - 5), Tensor3.generate(SHAPE, i -> 10 + i));
        model = new WorkbenchViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> model.follow(is));
    }

    @Test
    void tensorsSetElsewhereBecomeOneUndoableStepAndTheWorkbenchsOwnEditsAreNotCountedTwice() {
        model.setValue(Target.X, new CellIndex(0, 0, 0), 3.0);
        assertEquals("Undo Edit x[0,0,0]", model.history().undoLabelProperty().get());

        Tensor3 elsewhere = Tensor3.generate(new Shape(1, 2, 2), i -> -i);
        state.setTensors(elsewhere, Tensor3.zeros(elsewhere.shape()));

        assertSame(elsewhere, model.results().x());
        assertEquals(
                "Undo Change from another panel",
                model.history().undoLabelProperty().get());
        model.undo();
        assertEquals(3.0, state.x().get(0, 0, 0));
        assertEquals("Undo Edit x[0,0,0]", model.history().undoLabelProperty().get());
    }

    @Test
    void editOfANegativeCellMakesOutZeroMarksItZeroedAndBlocksItsGradient() {
        CellIndex cell = new CellIndex(1, 2, 3);
        assertEquals(Optional.empty(), model.edit(Target.X, cell, "-0.7"));

        WorkbenchResults r = model.results();
        assertEquals(-0.7, r.x().get(1, 2, 3));
        assertEquals(0.0, r.out().get(1, 2, 3));
        assertTrue(r.isZeroed(1, 2, 3));
        assertEquals(0.0, r.dx().get(1, 2, 3));
        assertEquals(6, r.stats().total().zeroed());
        assertEquals(1, r.stats().perChannel().get(1).zeroed());
    }

    @Test
    void editIsWrittenToTheSharedStateForTheOtherTabs() {
        model.edit(Target.DOUT, new CellIndex(0, 0, 1), "2.5");

        assertEquals(2.5, state.dout().get(0, 0, 1));
        assertSame(state.x(), model.results().x());
    }

    @Test
    void editAcceptsNanInfinitiesAndScientificNotation() {
        model.edit(Target.X, new CellIndex(0, 0, 0), "nan");
        model.edit(Target.X, new CellIndex(0, 0, 1), "inf");
        model.edit(Target.X, new CellIndex(0, 0, 2), "-inf");
        model.edit(Target.X, new CellIndex(0, 0, 3), "1e-3");

        Tensor3 x = model.results().x();
        assertTrue(Double.isNaN(x.get(0, 0, 0)));
        assertEquals(Double.POSITIVE_INFINITY, x.get(0, 0, 1));
        assertEquals(Double.NEGATIVE_INFINITY, x.get(0, 0, 2));
        assertEquals(1e-3, x.get(0, 0, 3));
        assertEquals(Double.POSITIVE_INFINITY, model.results().out().get(0, 0, 1));
    }

    @Test
    void textThatIsNotANumberIsRefusedWithAMessageAndTheOldValueStays() {
        Tensor3 before = model.results().x();

        Optional<String> refusal = model.edit(Target.X, new CellIndex(0, 1, 1), "abc");

        assertTrue(refusal.orElseThrow().contains("'abc' is not a number"));
        assertEquals(refusal.get(), model.statusProperty().get());
        assertEquals(before, model.results().x());
        assertFalse(model.history().canUndoProperty().get());
    }

    @Test
    void aPresetWhosePictureIsMissingIsRefusedInPortuguese() {
        Tensor3 x = model.results().x();
        UiLocale.set(Locale.forLanguageTag("pt-BR"));
        Optional<String> refusal = model.applyPreset(Target.X, new FeatureMapPreset("/relulab/assets/images/gone.png"));

        assertEquals(
                "Predefinição Mapas de características de uma imagem (8 filtros de borda) não aplicada:"
                        + " a imagem /relulab/assets/images/gone.png está faltando no programa",
                refusal.orElseThrow());
        assertSame(x, model.results().x());
    }

    @Test
    void deleteSetsTheCellToZero() {
        model.clear(Target.X, new CellIndex(1, 0, 0));

        assertEquals(0.0, model.results().x().get(1, 0, 0));
    }

    @Test
    void undoBringsBackTheOldValueAndRedoTheNewOneWithLabels() {
        CellIndex cell = new CellIndex(0, 1, 2);
        double old = model.results().x().get(0, 1, 2);
        model.edit(Target.X, cell, "-9");
        assertEquals("Undo Edit x[0,1,2]", model.history().undoLabelProperty().get());

        model.undo();
        assertEquals(old, model.results().x().get(0, 1, 2));
        assertEquals(old, state.x().get(0, 1, 2));
        assertEquals("Redo Edit x[0,1,2]", model.history().redoLabelProperty().get());
        assertFalse(model.history().canUndoProperty().get());

        model.redo();
        assertEquals(-9.0, model.results().x().get(0, 1, 2));
        assertTrue(model.history().canUndoProperty().get());
    }

    @Test
    void resizeKeepsTheValuesThatFitAndUndoBringsBackTheRest() {
        Tensor3 x = model.results().x();
        Tensor3 dout = model.results().dout();

        model.resize(new Shape(1, 2, 2));
        assertEquals(new Shape(1, 2, 2), model.shape());
        assertEquals(x.get(0, 1, 1), model.results().x().get(0, 1, 1));
        assertEquals(dout.get(0, 1, 1), model.results().dout().get(0, 1, 1));

        model.undo();
        assertEquals(x, model.results().x());
        assertEquals(dout, model.results().dout());
    }

    @Test
    void resizeBeyondTheLimitsIsRefused() {
        Optional<String> refusal = model.resize(new Shape(65, 2, 2));

        assertTrue(refusal.orElseThrow().contains("at most (64, 128, 128)"));
        assertEquals(SHAPE, model.shape());
    }

    @Test
    void pastedTwoDimensionalBlockGoesAtTheAnchorInTheAnchorsSlice() {
        Optional<String> refusal = model.paste(Target.X, new CellIndex(1, 1, 2), "1\t2\n3\t4\n");

        assertEquals(Optional.empty(), refusal);
        Tensor3 x = model.results().x();
        assertEquals(SHAPE, x.shape());
        assertEquals(1.0, x.get(1, 1, 2));
        assertEquals(2.0, x.get(1, 1, 3));
        assertEquals(3.0, x.get(1, 2, 2));
        assertEquals(4.0, x.get(1, 2, 3));
        assertEquals(SHAPE.index(0, 1, 2) - 5.0, x.get(0, 1, 2), "the other slice is untouched");
    }

    @Test
    void blockRunningPastTheEdgeGrowsBothTensorsToHoldIt() {
        model.paste(Target.DOUT, new CellIndex(0, 2, 3), "5,6,7\n8,9,10");

        assertEquals(new Shape(2, 4, 6), model.shape());
        assertEquals(10.0, model.results().dout().get(0, 3, 5));
        assertEquals(0.0, model.results().x().get(0, 3, 5));
        assertTrue(model.statusProperty().get().contains("grew to (2, 4, 6)"));
    }

    @Test
    void pastedThreeDimensionalNumpyArrayReplacesTheTensorAndResizesTheOther() {
        String numpy = "array([[[ 0.1, -0.2]],\n\n       [[ 0.3,  0.4]]])";

        model.paste(Target.X, new CellIndex(0, 0, 0), numpy);

        assertEquals(new Shape(2, 1, 2), model.shape());
        assertArrayEquals(
                new double[] {0.1, -0.2, 0.3, 0.4}, model.results().x().toArray());
        assertEquals(new Shape(2, 1, 2), state.dout().shape());
        model.undo();
        assertEquals(SHAPE, model.shape());
    }

    @Test
    void aRowTooWideForTheLargestWorkbenchIsRefusedNotThrown() {
        model.resize(LabState.MAX_SHAPE);
        Tensor3 before = model.results().x();
        String row = "1\t".repeat(262_143) + "1";

        Optional<String> refusal = model.paste(Target.X, new CellIndex(0, 0, 0), row);

        assertEquals(
                "Refused: a 1 × 262144 block at [0,0,0] has shape (64, 128, 262144), but the workbench"
                        + " holds at most (64, 128, 128) (depth, height, width)",
                refusal.orElseThrow());
        assertEquals(before, model.results().x());
    }

    @Test
    void unreadablePasteIsRefusedAndNothingChanges() {
        Tensor3 before = model.results().x();

        Optional<String> refusal = model.paste(Target.X, new CellIndex(0, 0, 0), "1 2\nthree 4");

        assertTrue(refusal.orElseThrow().startsWith("Nothing pasted"));
        assertEquals(before, model.results().x());
    }

    @Test
    void presetOfAnotherShapeResizesBothTensorsAndUsesTheSeed() {
        // A 1×3×4 ramp offset by the seed, named as the cs231n case (whose shape it has) is.
        Preset fixed = new Preset() {
            @Override
            public String id() {
                return "cs231n";
            }

            @Override
            public Tensor3 create(Shape current, long seed) {
                return Tensor3.generate(new Shape(1, 3, 4), i -> seed + i);
            }
        };
        model.seedProperty().set(100);

        model.applyPreset(Target.X, fixed);

        assertEquals(new Shape(1, 3, 4), model.shape());
        assertEquals(111.0, model.results().x().get(0, 2, 3));
        assertEquals(new Shape(1, 3, 4), model.results().dout().shape());
        assertEquals(
                "Undo Preset cs231n test case: linspace(\u22120.5, 0.5, 12) on x",
                model.history().undoLabelProperty().get());
    }

    @Test
    void textbookPresetOnDoutGivesItsFixedShapeToBothTensorsAndSaysWhatItIs() {
        Preset textbook = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("textbook"))
                .findFirst()
                .orElseThrow();

        model.applyPreset(Target.DOUT, textbook);

        Shape fixed = textbook.create(SHAPE, 0).shape();
        assertEquals(fixed, model.shape());
        assertEquals(fixed, model.results().x().shape());
        assertEquals(
                "dout \u2190 Textbook example and x \u2190 random normal (seed 43): shape " + SHAPE + " \u2192 "
                        + fixed,
                model.statusProperty().get());
    }

    @Test
    void aPresetOfAnotherShapeGivesTheOtherTensorFreshRandomNumbersNotZeroPadding() {
        Preset textbook = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("textbook"))
                .findFirst()
                .orElseThrow();

        model.applyPreset(Target.X, textbook);

        Tensor3 dout = model.results().dout();
        assertEquals(NewCells.RANDOM.fresh(dout.shape(), 43), dout);
        long zeros = java.util.stream.IntStream.range(0, dout.size())
                .filter(i -> dout.get(i) == 0)
                .count();
        assertTrue(zeros < dout.size() / 4, "dout is not mostly padding: " + zeros + " zeros");
        model.undo();
        assertEquals(SHAPE, model.shape());
    }

    @Test
    void aPresetOfTheSameShapeSaysTheOtherTensorIsUnchanged() {
        Preset normal = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("random-normal"))
                .findFirst()
                .orElseThrow();

        model.applyPreset(Target.X, normal);

        assertEquals(
                "x \u2190 Random normal (shape " + SHAPE + " kept; dout unchanged)",
                model.statusProperty().get());
    }

    @Test
    void growingTheShapeKeepsTheOldCellsAndFillsTheNewOnesAsChosen() {
        Tensor3 oldX = model.results().x();
        Shape bigger = new Shape(SHAPE.depth() + 1, SHAPE.height() + 2, SHAPE.width() + 3);

        model.resize(bigger);

        Tensor3 x = model.results().x();
        assertEquals(oldX.get(1, 2, 3), x.get(1, 2, 3));
        assertEquals(
                NewCells.RANDOM.fresh(bigger, 42).get(SHAPE.depth(), 0, 0),
                x.get(SHAPE.depth(), 0, 0),
                "a new cell: the seeded random number of its place");
        assertTrue(model.statusProperty().get().contains("new cells random normal (seed 42)"));

        model.undo();
        model.newCellsProperty().set(NewCells.ZEROS);
        model.resize(bigger);
        assertEquals(0.0, model.results().x().get(SHAPE.depth(), 4, 6));
        assertEquals(oldX.get(0, 0, 0), model.results().x().get(0, 0, 0));
    }

    @Test
    void randomPresetIsRepeatableForASeed() {
        Preset normal = PresetCatalog.all().stream()
                .filter(p -> p.id().equals("random-normal"))
                .findFirst()
                .orElseThrow();
        model.seedProperty().set(5);
        model.applyPreset(Target.X, normal);
        Tensor3 first = model.results().x();

        model.applyPreset(Target.X, normal);

        assertEquals(SHAPE, model.shape());
        assertEquals(first, model.results().x());
    }

    @Test
    void aFileTensorLargerThanTheWorkbenchIsRefusedAndNothingChanges() {
        Tensor3 x = model.results().x();
        Shape deep = new Shape(LabState.MAX_SHAPE.depth() + 1, 1, 1);

        Optional<String> refusal = model.load(Target.X, "deep.npy", Tensor3.zeros(deep));

        assertEquals(
                "Refused: the file's tensor has shape (" + deep.depth() + ", 1, 1), but the workbench holds at most "
                        + LabState.MAX_SHAPE + " (depth, height, width)",
                refusal.orElseThrow());
        assertSame(x, model.results().x());
    }

    @Test
    void loadedTensorOfAnotherShapeResizesDoutKeepingWhatFits() {
        Tensor3 dout = model.results().dout();

        model.load(Target.X, "big.npy", Tensor3.zeros(new Shape(3, 3, 4)));

        assertEquals(new Shape(3, 3, 4), model.results().dout().shape());
        assertEquals(dout.get(1, 2, 3), model.results().dout().get(1, 2, 3));
        assertEquals(0.0, model.results().dout().get(2, 0, 0));
        assertTrue(model.statusProperty().get().startsWith("Opened big.npy"));
    }

    @Test
    void loadedTensorLargerThanTheWorkbenchIsRefused() {
        Optional<String> refusal = model.load(Target.X, "huge.npy", Tensor3.zeros(new Shape(1, 200, 4)));

        assertTrue(refusal.isPresent());
        assertEquals(SHAPE, model.shape());
    }

    @Test
    void changingReluPrimeAtZeroRecomputesDxAndTheNote() {
        CellIndex zero = new CellIndex(0, 1, 1); // flat index 5: x = 0
        assertEquals(0.0, model.results().dx().get(0, 1, 1));
        assertTrue(model.results().gradientNote().contains("PyTorch's convention"));

        state.gradientAtZeroProperty().set(GradientAtZero.ONE);

        assertEquals(15.0, model.results().dx().get(zero.d(), zero.r(), zero.c()));
        assertEquals("At x = 0, dx = dout (PyTorch uses 0)", model.results().gradientNote());
    }

    @Test
    void hoveringACellTellsItsStory() {
        model.hoverProperty().set(new CellIndex(0, 0, 1));

        assertTrue(
                model.storyProperty().get().contains("x[0,0,1]"),
                model.storyProperty().get());
        model.hoverProperty().set(null);
        assertEquals("", model.storyProperty().get());
    }

    @Test
    void zeroedSummaryCountsTotalAndPerChannel() {
        assertEquals(
                "5 of 24 cells zeroed (21%) · per channel: 5, 0 · 1 already 0",
                model.results().zeroedSummary());
    }

    @Test
    void colourScopePerChannelGivesEachSliceOfEachSideItsOwnLimit() {
        model.scopeProperty().set(ColorScope.PER_CHANNEL);

        // Slice 0 holds x −5..6 and dout 10..21; slice 1 holds x 7..18 and dout 22..33.
        assertEquals(6.0, model.results().range(Panel.X).limit(0));
        assertEquals(18.0, model.results().range(Panel.OUT).limit(1));
        assertEquals(21.0, model.results().range(Panel.DOUT).limit(0));
        assertEquals(33.0, model.results().range(Panel.DX).limit(1));
    }

    @Test
    void byDefaultTheForwardGridsShareXsScaleAndTheBackwardGridsShareDouts() {
        WorkbenchResults r = model.results();

        assertEquals(ColorScope.FORWARD_BACKWARD, model.scopeProperty().get());
        assertSame(r.range(Panel.X), r.range(Panel.OUT));
        assertSame(r.range(Panel.X), r.range(Panel.ZEROED));
        assertSame(r.range(Panel.DOUT), r.range(Panel.DX));
        assertEquals(18.0, r.range(Panel.X).limit(0));
        assertEquals(33.0, r.range(Panel.DX).limit(0));
        assertEquals(
                List.of("x \u00b7 out \u00b7 zeroed", "dout \u00b7 dx", "f\u2032(x)"),
                r.scales().stream().map(NamedRange::name).toList());
    }

    @Test
    void eachGridAndSharedScopesNameTheirScales() {
        model.scopeProperty().set(ColorScope.PER_GRID);
        assertEquals(
                List.of("x", "dout", "out", "zeroed", "f\u2032(x)", "dx"),
                model.results().scales().stream().map(NamedRange::name).toList());
        assertEquals(5.0, model.results().range(Panel.ZEROED).limit(0), "the zeroed grid's own scale: its negatives");

        model.scopeProperty().set(ColorScope.SHARED);
        assertEquals(
                List.of("all six"),
                model.results().scales().stream().map(NamedRange::name).toList());
        assertEquals(33.0, model.results().range(Panel.X).limit(0));
    }

    @Test
    void opensOnTheSharedStatesTensorsWithoutAnUndoStep() {
        LabState first = LabState.firstExample();
        WorkbenchViewModel fresh = new WorkbenchViewModel(first);

        assertEquals(first.x(), fresh.results().x());
        assertEquals(first.dout(), fresh.results().dout());
        assertTrue(fresh.results().stats().total().zeroed() > 0);
        assertFalse(fresh.history().canUndoProperty().get());
    }

    @Test
    void atTheLargestShapeTheUndoHistoryStaysWithinItsMemoryBudgetAndTheNewestEditsUndo() {
        Shape max = LabState.MAX_SHAPE;
        LabState big = new LabState(Tensor3.generate(max, i -> i % 7 - 3), Tensor3.generate(max, i -> 1));
        WorkbenchViewModel bigModel = new WorkbenchViewModel(big);
        int edits = 60; // 60 × 8 MiB of new x: far over the 256 MiB budget
        for (int i = 1; i <= edits; i++) {
            bigModel.setValue(Target.X, new CellIndex(0, 0, 0), i);
            assertTrue(
                    bigModel.history().retainedBytes() <= EditHistory.BUDGET_BYTES,
                    "after edit " + i + ": " + bigModel.history().retainedBytes() + " bytes");
        }
        for (int i = edits - 1; i > edits - 1 - EditHistory.MIN_STEPS; i--) {
            bigModel.undo();
            assertEquals(i, big.x().get(0, 0, 0));
        }
        assertTrue(bigModel.history().canUndoProperty().get(), "the budget keeps more than the minimum steps here");
    }

    @Test
    void copiedSliceIsTabSeparatedRowsThatPasteBackBitForBit() throws Exception {
        double[] awkward = {
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            -0.0,
            0.1 + 0.2,
            Double.MIN_VALUE,
            -1e-300,
            Double.MAX_VALUE,
            1.0 / 3,
            -7,
            123456789.125,
            2.5e-8
        };
        for (int i = 0; i < awkward.length; i++) {
            model.setValue(Target.X, new CellIndex(1, i / 4, i % 4), awkward[i]);
        }
        Tensor3 before = model.tensor(Target.X);

        String text = model.copySlice(Target.X, 1);

        assertEquals(3, text.lines().count());
        assertEquals(4, text.lines().findFirst().orElseThrow().split("\t").length);
        assertEquals(
                "Copied slice d = 1 of x (3 × 4) as tab-separated rows: paste it into a spreadsheet,"
                        + " or back with Ctrl+V",
                model.statusProperty().get());
        assertArrayEquals(before.slice(1), PastedText.parse(text).values());
        model.applyPreset(Target.X, PresetCatalog.all().get(0));
        model.paste(Target.X, new CellIndex(1, 0, 0), text);
        double[] back = model.tensor(Target.X).slice(1);
        for (int i = 0; i < awkward.length; i++) {
            assertEquals(
                    Double.doubleToRawLongBits(before.slice(1)[i]),
                    Double.doubleToRawLongBits(back[i]),
                    "element " + i + " (" + awkward[i] + ")");
        }
    }

    @Test
    void copyOfASliceOutsideTheShapeCopiesTheNearestSlice() {
        String text = model.copySlice(Target.DOUT, 9);

        assertTrue(model.statusProperty().get().startsWith("Copied slice d = 1 of dout"));
        assertEquals("30.0\t31.0\t32.0\t33.0", text.lines().skip(2).findFirst().orElseThrow());
    }
}
