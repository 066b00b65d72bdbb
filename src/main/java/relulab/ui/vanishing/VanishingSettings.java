package relulab.ui.vanishing;

import java.util.List;
import relulab.train.vanishing.DepthSettings;

/**
 * What the vanishing-gradient tab keeps in a session: the experiment ({@link DepthSettings}) and
 * which members of the family the charts show, by activation id in the family's order.
 */
public record VanishingSettings(DepthSettings stack, List<String> shown) {

    public VanishingSettings {
        shown = List.copyOf(shown);
    }
}
