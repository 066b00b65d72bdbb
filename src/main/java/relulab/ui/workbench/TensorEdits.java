package relulab.ui.workbench;

import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.core.presets.Preset;
import relulab.io.MessageText;
import relulab.io.NumberText;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedBlock;
import relulab.io.paste.PastedText;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabState;

/**
 * What each edit of x or dout does, worked out before anything changes: a typed number, Delete,
 * a paste, a preset, an opened file, a resize. Each command takes the pair on screen and gives a
 * {@link Change} — the new pair, the name of its undo step and the status line saying what was
 * done — or throws {@link Refused} with the one line saying why not. The view model then makes
 * the change (undo history, shared state, results), so every edit goes one way.
 *
 * <p>Nothing larger than {@link LabState#MAX_SHAPE} is ever made: sizes are checked, in longs,
 * before a tensor is allocated. Tensor values, shapes and places reach the messages as text, so
 * they read as NumPy writes them in every language.
 */
final class TensorEdits {

    private static final Messages TEXT = Messages.of(TensorEdits.class);

    /**
     * An edit ready to be made.
     *
     * @param step the name of its undo step, e.g. {@code Edit x[0,1,2]}
     * @param pair x and dout after it
     * @param done the status line saying what it did
     * @param cell the one cell it changed, or null when it may have changed more
     */
    record Change(String step, TensorPair pair, String done, CellIndex cell) {}

    /** Why an edit was not made, in one line for the status bar; nothing changed. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why);
        }
    }

    private TensorEdits() {}

    /** The number in a cell's text ({@code nan}, {@code inf}, {@code -inf} and 1e-3 accepted). */
    static double number(String text) throws Refused {
        try {
            return NumberText.parse(text);
        } catch (NumberFormatException e) {
            throw new Refused(TEXT.format("status.notNumber", MessageText.quote(text.strip())));
        }
    }

    /** One cell of {@code target} set to {@code value}. */
    static Change setValue(TensorPair now, Target target, CellIndex cell, double value) throws Refused {
        Shape shape = now.shape();
        if (!shape.contains(cell.d(), cell.r(), cell.c())) {
            throw new Refused(TEXT.format("status.outside", cell.toString(), shape.toString()));
        }
        String name = target.symbol() + cell;
        Tensor3 changed = now.get(target).with(cell.d(), cell.r(), cell.c(), value);
        return new Change(
                TEXT.format("step.edit", name),
                now.with(target, changed),
                TEXT.format("status.edited", name, NumberText.forDisplay(value, 6)),
                cell);
    }

    /** The block in pasted text (spreadsheet rows or NumPy's printed array). */
    static PastedBlock read(String text) throws Refused {
        try {
            return PastedText.parse(text);
        } catch (PasteException e) {
            throw pasteRefused(e);
        }
    }

    /** The refusal of a paste whose text could not be read, its reason said in the window's language. */
    static Refused pasteRefused(PasteException e) {
        return new Refused(TEXT.format("status.nothingPasted", Messages.said(e)));
    }

    /**
     * A block placed into {@code target}: a 2-D block into {@code anchor}'s slice with its
     * top-left corner at the anchor, both tensors growing to hold it if it runs past the edge; a
     * 3-D block replaces the whole tensor, and the other tensor is resized to match.
     */
    static Change paste(TensorPair now, Target target, CellIndex anchor, PastedBlock block) throws Refused {
        Shape old = now.shape();
        if (block.depth() > 1) {
            Shape shape = new Shape(block.depth(), block.rows(), block.cols());
            checkFits(shape, TEXT.get("tooBig.pasted"));
            return new Change(
                    TEXT.format("step.paste3d", shape.toString(), target.symbol()),
                    now.with(target, block.toTensor()),
                    TEXT.format(
                            shape.equals(old) ? "status.pasted3d" : "status.pasted3d.resized",
                            shape.toString(),
                            target.symbol(),
                            target.other().symbol()),
                    null);
        }
        CellIndex at = anchor.clampedTo(old);
        String rows = text(block.rows());
        String cols = text(block.cols());
        // Checked in longs before a Shape is made: a row of 262,144 values at a 64 × 128 slice
        // has more cells than an int counts, and Shape would throw instead of refusing.
        checkFits(
                Math.max(old.depth(), (long) at.d() + block.depth()),
                Math.max(old.height(), (long) at.r() + block.rows()),
                Math.max(old.width(), (long) at.c() + block.cols()),
                TEXT.format("tooBig.block", rows, cols, at.toString()));
        Shape grown = block.shapeAfterPlacing(old, at.d(), at.r(), at.c());
        TensorPair pair = now.resized(grown);
        Tensor3 pasted = block.placeInto(pair.get(target), at.d(), at.r(), at.c());
        return new Change(
                TEXT.format("step.paste", rows, cols, target.symbol()),
                pair.with(target, pasted),
                TEXT.format(
                        grown.equals(old) ? "status.pasted" : "status.pasted.grew",
                        rows,
                        cols,
                        target.symbol(),
                        at.toString(),
                        grown.toString()),
                null);
    }

    /**
     * Slice {@code slice} of {@code t} as tab-separated rows, one line per row, each number
     * written exactly ({@link NumberText#forFile}) so that {@link PastedText} reads back the
     * very same doubles.
     */
    static String sliceText(Tensor3 t, int slice) {
        int rows = t.shape().height();
        int cols = t.shape().width();
        StringBuilder text = new StringBuilder(rows * cols * 8);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                text.append(NumberText.forFile(t.get(slice, r, c))).append(c + 1 < cols ? "\t" : "\n");
            }
        }
        return text.toString();
    }

    /** The status line after slice {@code slice} of {@code target} was copied. */
    static String copied(Target target, Tensor3 t, int slice) {
        return TEXT.format(
                "status.copied",
                slice,
                target.symbol(),
                text(t.shape().height()),
                text(t.shape().width()));
    }

    /**
     * {@code target} filled with a preset made for the current shape and {@code seed}. A preset
     * of another shape sets both tensors: the other one gets new random normal numbers of that
     * shape (seed + 1), since its old values padded with zeros would leave most of dx blank.
     */
    static Change preset(TensorPair now, Target target, Preset preset, long seed) throws Refused {
        Shape old = now.shape();
        Tensor3 made;
        try {
            made = preset.create(old, seed);
        } catch (IllegalStateException e) {
            throw new Refused(TEXT.format("status.presetRefused", PresetWords.name(preset), Messages.said(e)));
        }
        String step = TEXT.format("step.preset", PresetWords.name(preset), target.symbol());
        checkFits(made.shape(), TEXT.get("tooBig.preset"));
        if (made.shape().equals(old)) {
            return new Change(
                    step,
                    now.with(target, made),
                    TEXT.format(
                            "status.preset",
                            target.symbol(),
                            PresetWords.name(preset),
                            old.toString(),
                            target.other().symbol()),
                    null);
        }
        long otherSeed = seed + 1;
        return new Change(
                step,
                TensorPair.both(target, made, NewCells.RANDOM.fresh(made.shape(), otherSeed)),
                TEXT.format(
                        "status.preset.reshaped",
                        target.symbol(),
                        PresetWords.name(preset),
                        target.other().symbol(),
                        Long.toString(otherSeed),
                        old.toString(),
                        made.shape().toString()),
                null);
    }

    /** {@code target} replaced by a tensor read from {@code fileName}; the other is resized to match. */
    static Change load(TensorPair now, Target target, String fileName, Tensor3 tensor) throws Refused {
        checkFits(tensor.shape(), TEXT.get("tooBig.file"));
        String done = TEXT.format("status.opened", fileName, tensor.shape().toString(), target.symbol());
        return new Change(
                TEXT.format("step.open", fileName, target.symbol()),
                now.with(target, tensor),
                tensor.shape().equals(now.shape())
                        ? done
                        : TEXT.format(
                                "status.resizedToMatch",
                                done,
                                tensor.shape().toString(),
                                target.other().symbol()),
                null);
    }

    /** Both tensors resized, keeping the values that still fit; new cells filled by {@code fill}. */
    static Change resize(TensorPair now, Shape newShape, NewCells fill, long seed) throws Refused {
        checkFits(newShape, TEXT.get("tooBig.shape"));
        Shape old = now.shape();
        boolean grows =
                newShape.depth() > old.depth() || newShape.height() > old.height() || newShape.width() > old.width();
        String done = !grows
                ? "status.resized.smaller"
                : fill == NewCells.ZEROS ? "status.resized.zeros" : "status.resized.random";
        return new Change(
                TEXT.format("step.resize", newShape.toString()),
                now.resized(newShape, fill, seed),
                TEXT.format(done, old.toString(), newShape.toString(), Long.toString(seed)),
                null);
    }

    private static void checkFits(Shape shape, String what) throws Refused {
        checkFits(shape.depth(), shape.height(), shape.width(), what);
    }

    private static void checkFits(long depth, long height, long width, String what) throws Refused {
        Shape max = LabState.MAX_SHAPE;
        if (depth > max.depth() || height > max.height() || width > max.width()) {
            throw new Refused(
                    TEXT.format("status.tooBig", what, text(depth), text(height), text(width), max.toString()));
        }
    }

    /** A count as the shapes print it: plain digits, no grouping, so "1 × 262144" matches "(1, 262144)". */
    private static String text(long n) {
        return Long.toString(n);
    }
}
