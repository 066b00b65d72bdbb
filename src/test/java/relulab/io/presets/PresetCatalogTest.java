package relulab.io.presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import relulab.core.presets.Preset;
import relulab.core.presets.Presets;
import relulab.io.image.FeatureMapPreset;

class PresetCatalogTest {

    @Test
    void listsTheBuiltInPresetsAndThenTheFeatureMaps() {
        List<Preset> all = PresetCatalog.all();
        assertEquals(Presets.builtIn().size() + 1, all.size());
        assertEquals(Presets.builtIn(), all.subList(0, Presets.builtIn().size()));
        assertInstanceOf(FeatureMapPreset.class, all.get(all.size() - 1));
    }

    @Test
    void everyIdIsDistinct() {
        List<String> ids = PresetCatalog.all().stream().map(Preset::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }
}
