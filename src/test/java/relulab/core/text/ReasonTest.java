package relulab.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A reason says itself in English from the base file, its parts first, whatever the machine's locale. */
public class ReasonTest {

    private static final Reason EMPTY_X =
            Reason.of(ReasonTest.class, "named", "'x.npy'", Reason.of(ReasonTest.class, "empty"));

    @Test
    void aReasonMadeOfPartsSaysEachPartInEnglish() {
        assertEquals("'x.npy': the file's header is empty", EMPTY_X.english());
        assertEquals(EMPTY_X.english(), EMPTY_X.toString());
    }

    @Test
    void englishIgnoresTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pt-BR"));
            assertEquals(
                    "row 3 has 1234 values",
                    Reason.of(ReasonTest.class, "rows", "3", "1234").english());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anotherSpeakerSaysEveryPartInItsWords() {
        assertEquals(
                "'x.npy': <empty>",
                EMPTY_X.in((owner, key, args) -> args.length == 0 ? "<" + key + ">" : args[0] + ": " + args[1]));
    }
}
