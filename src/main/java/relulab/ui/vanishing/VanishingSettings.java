package relulab.ui.vanishing;

import java.util.List;
import relulab.train.vanishing.DepthSettings;

/**
 * What the vanishing-gradient tab keeps in a session: the experiment ({@link DepthSettings}) and
 * which members of the family the charts show, by activation id in the family's order.
 */
record VanishingSettings(DepthSettings stack, List<String> shown) {

    VanishingSettings {
        shown = List.copyOf(shown);
    }
}
