package relulab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relulab.core.presets.Preset;
import relulab.core.presets.Presets;
import relulab.io.presets.PresetCatalog;

/** Every preset of the menu has a name and a one-sentence tooltip in the workbench's words. */
class PresetWordsTest {

    @Test
    void everyPresetOfTheMenuHasANameAndAOneSentenceDescription() {
        for (Preset p : PresetCatalog.all()) {
            assertFalse(PresetWords.name(p).isBlank(), p.id());
            assertTrue(PresetWords.description(p).endsWith("."), p.id());
        }
    }

    @Test
    void theTextbookExampleIsNamedAsTheChapterDoes() {
        assertEquals("Textbook example", PresetWords.name(Presets.textbookExample()));
    }
}
