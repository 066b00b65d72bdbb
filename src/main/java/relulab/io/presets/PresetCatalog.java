package relulab.io.presets;

import java.util.ArrayList;
import java.util.List;
import relulab.core.presets.Preset;
import relulab.core.presets.Presets;
import relulab.io.image.FeatureMapPreset;

/**
 * Every preset the workbench offers, in menu order: the engine's own ({@link Presets}) and
 * then the ones that need to read a file (the feature maps of the sample picture).
 */
public final class PresetCatalog {

    private static final List<Preset> ALL = build();

    private PresetCatalog() {}

    /** All presets in menu order. */
    public static List<Preset> all() {
        return ALL;
    }

    private static List<Preset> build() {
        List<Preset> all = new ArrayList<>(Presets.builtIn());
        all.add(new FeatureMapPreset());
        return List.copyOf(all);
    }
}
