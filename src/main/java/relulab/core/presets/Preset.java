package relulab.core.presets;

import relulab.core.Shape;
import relulab.core.Tensor3;

/**
 * A ready-made tensor a student can load into x or dout with one click.
 *
 * <p>Some presets fill whatever shape the workbench has now (a ramp, random values); others
 * have a shape of their own (the textbook's example) and ignore {@code current}. A window names
 * a preset and explains it in its own words, looked up by {@link #id()}.
 */
public interface Preset {

    /** A stable name, e.g. {@code textbook}: the key of the preset's words in a window's bundle. */
    String id();

    /**
     * The preset's tensor.
     *
     * @param current the shape the workbench has now; presets of a fixed shape ignore it
     * @param seed    the seed of presets with random values; the others ignore it
     * @throws IllegalStateException when the preset's data cannot be made (e.g. a picture is
     *                               missing); the message is fit for the user
     */
    Tensor3 create(Shape current, long seed);

    /** Whether {@link #create} uses its seed, so a view can offer a seed only where it matters. */
    default boolean usesSeed() {
        return false;
    }

    /** Whether {@link #create} keeps the current shape (false: the preset brings its own). */
    default boolean keepsShape() {
        return true;
    }
}
