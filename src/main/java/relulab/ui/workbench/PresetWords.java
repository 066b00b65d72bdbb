package relulab.ui.workbench;

import relulab.core.presets.Preset;
import relulab.ui.shared.text.Messages;

/**
 * What the workbench calls a preset and how it explains it: {@code preset.<id>.name} and
 * {@code preset.<id>.description} in the workbench's bundle, by the preset's {@link Preset#id() id}.
 */
final class PresetWords {

    private static final Messages TEXT = Messages.of(PresetWords.class);

    private PresetWords() {}

    /** The preset's name in the menu, e.g. "Textbook example". */
    static String name(Preset preset) {
        return TEXT.get("preset." + preset.id() + ".name");
    }

    /** One sentence for its tooltip: what the values are and what ReLU does to them. */
    static String description(Preset preset) {
        return TEXT.get("preset." + preset.id() + ".description");
    }
}
