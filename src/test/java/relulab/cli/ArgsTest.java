package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line grammar: how words become options, and how bad ones are refused. */
class ArgsTest {

    private static final List<Opt> OPTIONS = List.of(
            Opt.value("--input", "X", "the input").required(),
            Opt.value("--lr", "LR", "the rate"),
            Opt.value("--steps", "N", "steps (default: {default})").withDefault("300"),
            Opt.flag("print JSON", "--json"));

    private static Args parse(String... words) {
        return Args.parse(OPTIONS, List.of(words));
    }

    private static String refusal(String... words) {
        return assertThrows(UsageError.class, () -> parse(words)).getMessage();
    }

    @Test
    void valuesComeAfterASpaceOrAnEqualsSignInAnyOrder() {
        Args a = parse("--steps=20", "--json", "--input", "x.npy", "--lr", "0.5");
        assertEquals(Path.of("x.npy"), a.path("--input"));
        assertEquals(20, a.integer("--steps"));
        assertEquals(0.5, a.number("--lr"));
        assertTrue(a.flag("--json"));
    }

    @Test
    void anOptionNotGivenHasItsDefaultOrNothing() {
        Args a = parse("--input", "x.npy");
        assertEquals(300, a.integer("--steps"));
        assertNull(a.text("--lr"));
        assertNull(a.path("--lr"));
        assertFalse(a.flag("--json"));
    }

    @Test
    void aValueMayStartWithAMinusSoTheCommandCanSayWhatIsWrongWithIt() {
        assertEquals(-1.0, parse("--input", "x", "--lr", "-1").number("--lr"));
        assertEquals("", parse("--input=", "--lr", "1").text("--input"));
    }

    @Test
    void numbersFollowTheProgramsOneGrammar() {
        assertEquals(-0.5, parse("--input", "x", "--lr", "\u22120.5").number("--lr"));
        assertEquals(
                Double.POSITIVE_INFINITY,
                parse("--input", "x", "--lr", "+\u221e").number("--lr"));
        String hex = assertThrows(
                        UsageError.class,
                        () -> parse("--input", "x", "--lr", "0x1p-3").number("--lr"))
                .getMessage();
        assertTrue(hex.startsWith("--lr: "), hex);
        assertEquals(
                "--steps: '1.5' is not a whole number",
                assertThrows(
                                UsageError.class,
                                () -> parse("--input", "x", "--steps", "1.5").integer("--steps"))
                        .getMessage());
        assertEquals(
                "--steps: '9999999999' is too large",
                assertThrows(
                                UsageError.class,
                                () -> parse("--input", "x", "--steps", "9999999999")
                                        .integer("--steps"))
                        .getMessage());
    }

    @Test
    void wholeNumbersFollowTheSameGrammarAsOtherNumbers() {
        assertEquals(5, parse("--input", "x", "--steps", " 5").integer("--steps"));
        assertEquals(10, parse("--input", "x", "--steps", "1e1").integer("--steps"));
        assertEquals(
                9_007_199_254_740_993L,
                parse("--input", "x", "--steps", "9007199254740993").whole("--steps"));
        assertEquals(
                "--steps: '2.5e-1' is not a whole number",
                assertThrows(
                                UsageError.class,
                                () -> parse("--input", "x", "--steps", " 2.5e-1")
                                        .integer("--steps"))
                        .getMessage());
        assertEquals(
                "--steps: '1e30' is too large",
                assertThrows(
                                UsageError.class,
                                () -> parse("--input", "x", "--steps", "1e30").whole("--steps"))
                        .getMessage());
    }

    @Test
    void badWordsAreRefusedByName() {
        assertEquals("Unknown option: '--lt' (did you mean --lr?)", refusal("--input", "x", "--lt", "1"));
        assertEquals("Unknown option: '--frobnicate'", refusal("--input", "x", "--frobnicate"));
        assertEquals("Unexpected argument: 'x.npy'", refusal("x.npy"));
        assertEquals("--lr needs a value (LR)", refusal("--input", "x", "--lr"));
        assertEquals("--input needs a value (X)", refusal("--input", "--json"));
        assertEquals("--json takes no value", refusal("--input", "x", "--json=yes"));
        assertEquals("--lr is given twice", refusal("--input", "x", "--lr", "1", "--lr=2"));
        assertEquals("Missing required option: '--input=X'", refusal("--lr", "1"));
    }

    @Test
    void helpAndVersionNeedNoRequiredOption() {
        assertTrue(parse("--help").flag("--help"));
        assertTrue(parse("-h").flag("--help"));
        assertTrue(parse("-V").flag("--version"));
    }

    @Test
    void aQuotedWordIsMadeSafeForTheTerminal() {
        String message = refusal("--input", "x", "--\u001b[2J");
        assertFalse(message.contains("\u001b"), message);
    }
}
