package relulab.ui.workbench;

import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import relulab.io.paste.PasteException;
import relulab.io.paste.PastedBlock;
import relulab.io.paste.PastedText;
import relulab.ui.shared.grid.CellIndex;
import relulab.ui.shared.grid.GridEditHandler;
import relulab.ui.shared.text.Messages;
import relulab.ui.task.Background;

/**
 * What the editable grids (x and dout) do with the keyboard and the clipboard: a typed number,
 * Delete, Ctrl+V and Ctrl+C go to the view model's commands. A paste longer than
 * {@link #LARGE_PASTE} characters is read off the FX thread, so the window keeps drawing; a
 * newer large paste cancels an older one still being read.
 */
final class CellEditing {

    /** Pastes longer than this many characters (about 1 MB) are read off the FX thread. */
    static final int LARGE_PASTE = 1 << 20;

    private static final Messages TEXT = Messages.of(CellEditing.class);

    private final WorkbenchViewModel model;
    private final Background background;
    private Task<PastedBlock> reading;

    CellEditing(WorkbenchViewModel model, Background background) {
        this.model = model;
        this.background = background;
    }

    /**
     * Reads a large paste off the FX thread, so the window keeps drawing, and places the block
     * on it. A newer large paste cancels an older one still being read.
     */
    private void pasteInBackground(Target target, CellIndex anchor, String text) {
        if (reading != null) {
            reading.cancel();
        }
        Task<PastedBlock> task = new Task<>() {
            @Override
            protected PastedBlock call() throws PasteException {
                return PastedText.parse(text);
            }
        };
        task.setOnSucceeded(e -> model.paste(target, anchor, task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof PasteException p) {
                model.refusePaste(p);
            } else {
                model.report(
                        TEXT.format("status.nothingPasted", task.getException().toString()));
            }
        });
        reading = task;
        model.report(TEXT.format("status.reading", text.length()));
        background.start(task);
    }

    /** What the grid of {@code target} does when a cell is typed in, cleared, pasted into or copied. */
    GridEditHandler handler(Target target) {
        return new GridEditHandler() {
            @Override
            public Optional<String> commit(CellIndex cell, String text) {
                return model.edit(target, cell, text);
            }

            @Override
            public Optional<String> clear(CellIndex cell) {
                return model.clear(target, cell);
            }

            @Override
            public Optional<String> paste(CellIndex anchor) {
                String text = Clipboard.getSystemClipboard().getString();
                if (text == null || text.isBlank()) {
                    String why = TEXT.get("status.clipboardEmpty");
                    model.report(why);
                    return Optional.of(why);
                }
                if (text.length() <= LARGE_PASTE) {
                    return model.paste(target, anchor, text);
                }
                pasteInBackground(target, anchor, text);
                return Optional.empty();
            }

            @Override
            public Optional<String> copy(CellIndex cell) {
                ClipboardContent content = new ClipboardContent();
                content.putString(model.copySlice(target, cell.d()));
                Clipboard.getSystemClipboard().setContent(content);
                return Optional.empty();
            }
        };
    }
}
