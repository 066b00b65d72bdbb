package relulab.core.presets;

import java.util.Objects;
import java.util.function.BiFunction;
import relulab.core.Shape;
import relulab.core.Tensor3;

/** A preset that fills the workbench's current shape, using the seed when it is random. */
record ShapedPreset(String id, boolean usesSeed, BiFunction<Shape, Long, Tensor3> maker) implements Preset {

    @Override
    public Tensor3 create(Shape current, long seed) {
        return maker.apply(Objects.requireNonNull(current, "current shape"), seed);
    }
}
