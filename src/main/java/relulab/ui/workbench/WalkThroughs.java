package relulab.ui.workbench;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The workbench's walk-through under way, and what it found when it began: the status line and
 * the zoom. The walk-through puts its keys in the status line and the learner may zoom in to
 * read its numbers; leaving it (Esc, the Leave button, or an edit that ends it) gives both back,
 * so that no key of an ended mode stays on screen — or in an exported picture — and the grids
 * return to the size they had. The status line is given back only while it still lists the
 * walk-through's keys: a message said since (an edit's, a refusal) stays.
 */
final class WalkThroughs {

    private final ReadOnlyObjectWrapper<WalkThrough> current;
    private final ReadOnlyStringWrapper status;
    private final DoubleProperty zoom;
    private String statusFound = "";
    private double zoomFound;
    private String keys = "";

    /**
     * @param bean   the view model whose walk-through this is
     * @param status the workbench's status line
     * @param zoom   the grids' zoom
     */
    WalkThroughs(Object bean, ReadOnlyStringWrapper status, DoubleProperty zoom) {
        this.current = new ReadOnlyObjectWrapper<>(bean, "walkThrough");
        this.status = status;
        this.zoom = zoom;
    }

    ReadOnlyObjectProperty<WalkThrough> property() {
        return current.getReadOnlyProperty();
    }

    /** Starts a walk through {@code r}'s layer at step 0 and lists its {@code keys} in the status line. */
    WalkThrough start(WorkbenchResults r, String keys) {
        if (current.get() == null) {
            statusFound = status.get();
            zoomFound = zoom.get();
        }
        WalkThrough walk = new WalkThrough(r.x(), r.dout(), r.activation());
        this.keys = keys;
        current.set(walk);
        status.set(keys);
        return walk;
    }

    /** Ends the walk-through under way, if any, and gives back the status line and the zoom it found. */
    void leave() {
        WalkThrough walk = current.get();
        if (walk == null) {
            return;
        }
        walk.playingProperty().set(false);
        current.set(null);
        if (status.get().equals(keys)) {
            status.set(statusFound);
        }
        zoom.set(zoomFound);
    }
}
