package relulab.ui.dying;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import relulab.core.NumberGrammar;
import relulab.io.NumberText;
import relulab.ui.shared.text.Messages;

/**
 * What the lesson's typed fields accept: a seed is a whole number from 0 to the largest the
 * lesson offers, a learning rate a number in the sweep's range; anything else is refused with a
 * sentence that quotes the entry and says what is accepted.
 */
final class TypedEntries {

    private static final Messages WORDS = Messages.of(TypedEntries.class);

    private TypedEntries() {}

    /** The seed typed in {@code text}, or empty when it is not a whole number in [0, maxSeed]. */
    static OptionalInt seed(String text, int maxSeed) {
        try {
            long value = NumberGrammar.parseWhole(text);
            return value >= 0 && value <= maxSeed ? OptionalInt.of((int) value) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Why {@code text} is not a seed. */
    static String seedRefusal(String text, int maxSeed) {
        return WORDS.format("message.seed", maxSeed, text.strip());
    }

    /** The learning rate typed in {@code text}, or empty when it is not one the sweep covers. */
    static OptionalDouble learningRate(String text) {
        try {
            double lr = NumberText.parse(text);
            return DyingOffer.offersRate(lr) ? OptionalDouble.of(lr) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Why {@code text} is not a learning rate the lesson takes. */
    static String rateRefusal(String text) {
        return WORDS.format(
                "message.rate",
                RunSentences.number(DyingOffer.MIN_RATE),
                RunSentences.number(DyingOffer.MAX_RATE),
                text.strip());
    }
}
