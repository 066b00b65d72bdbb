package relulab.ui.shared.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.Node;
import relulab.core.Shape;

/**
 * Grids that draw one tensor at one cell size. The workbench shows x in three grids (x, out,
 * and the cells x &lt; 0) and its shape again in dout and dx; each grid's own room would give it
 * its own cells, so a caption such as "same shape as x" could sit under cells of half the size.
 * Linked grids pool their rooms instead: each grid of a shape gets the smallest room any grid
 * of that shape has ({@link MosaicLayout.Room#sharedWith}), and so the same cells and the same
 * arrangement, mosaic or one slice.
 *
 * <p>A grid reports its room at each layout; when its room changes, the other grids of its shape
 * lay out again (once: a room that did not change asks nothing of the others, so it settles).
 */
public final class CellSizeLink {

    /** Key of the link a container keeps in its properties ({@link #of(Node)}). */
    private static final Object KEY = new Object();

    private record Entry(Shape shape, MosaicLayout.Room room) {}

    /** The latest room of each linked grid; weak, so a grid that is gone is forgotten. */
    private final Map<TensorGrid, Entry> rooms = new WeakHashMap<>();

    /** The link of the grids in {@code container}, made on first use and kept in its properties. */
    public static CellSizeLink of(Node container) {
        return (CellSizeLink) container.getProperties().computeIfAbsent(KEY, k -> new CellSizeLink());
    }

    /**
     * Records {@code own}, the room {@code grid} has for {@code shape}, and returns the room it
     * shares with the other grids of that shape.
     */
    MosaicLayout.Room share(TensorGrid grid, Shape shape, MosaicLayout.Room own) {
        Entry now = new Entry(shape, own);
        Entry before = rooms.put(grid, now);
        MosaicLayout.Room shared = own;
        List<TensorGrid> others = new ArrayList<>();
        for (Map.Entry<TensorGrid, Entry> e : rooms.entrySet()) {
            if (e.getKey() != grid && e.getValue().shape().equals(shape)) {
                shared = shared.sharedWith(e.getValue().room());
                others.add(e.getKey());
            }
        }
        if (!now.equals(before)) {
            others.forEach(TensorGrid::invalidateLayout);
        }
        return shared;
    }

    /** Forgets {@code grid}: it no longer limits the others. */
    void leave(TensorGrid grid) {
        Entry gone = rooms.remove(grid);
        if (gone != null) {
            rooms.forEach((other, e) -> {
                if (e.shape().equals(gone.shape())) {
                    other.invalidateLayout();
                }
            });
        }
    }
}
