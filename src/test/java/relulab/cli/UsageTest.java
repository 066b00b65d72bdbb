package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --help for the program and for each command: complete, and within a terminal's 80 columns. */
class UsageTest {

    @Test
    void everyCommandsHelpListsEveryOptionWithinEightyColumns() {
        for (CliCommand c : ReluLabCommand.COMMANDS) {
            String help = Usage.of(c);
            assertTrue(help.startsWith("Usage: relu-lab " + c.name() + " "), help);
            for (Opt o : Args.withStandard(c.options())) {
                assertTrue(help.contains(o.name()), c.name() + " " + o.name());
                assertTrue(
                        help.contains(o.mandatory() ? " " + o.synopsis() : "[" + o.synopsis() + "]"),
                        c.name() + " " + o.synopsis());
            }
            help.lines().forEach(line -> assertTrue(line.length() <= Usage.WIDTH, c.name() + ": " + line));
        }
    }

    @Test
    void aDefaultIsShownWhereTheHelpSaysSo() {
        String help = Usage.of(new DyingCommand());
        assertTrue(help.contains("SGD steps (default: 300)"), help);
    }

    @Test
    void theProgramsHelpListsEveryCommandOnOneLine() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (CliCommand c : ReluLabCommand.COMMANDS) {
            assertTrue(
                    run.out()
                            .lines()
                            .anyMatch(line -> line.startsWith("  " + c.name() + " ") && line.endsWith(c.summary())),
                    c.name());
        }
        run.out().lines().forEach(line -> assertTrue(line.length() <= Usage.WIDTH, line));
    }

    @Test
    void helpCommandAndDashDashHelpSayTheSame() {
        assertEquals(
                CliRun.of("render", "--help").out(), CliRun.of("help", "render").out());
        assertEquals(CliRun.of("--help").out(), CliRun.of("help").out());
    }

    @Test
    void badUsageOfTheProgramItselfIsOneLine() {
        CliRun.assertRefused("comptue");
        assertTrue(CliRun.of("comptue").err().contains("Unknown command: 'comptue' (did you mean compute?)"));
        CliRun.assertRefused();
        CliRun.assertRefused("--versoin");
        CliRun.assertRefused("help", "nothing");
        CliRun.assertRefused("--version", "extra");
    }

    @Test
    void aWindowThatCannotOpenSaysWhyFromTheInnermostCause() {
        RuntimeException e = new RuntimeException(
                "Exception in Application start method", new UnsupportedOperationException("Unable to open DISPLAY"));
        assertEquals(
                "cannot open the window: Unable to open DISPLAY (the commands need no display: relu-lab --help)",
                ReluLabCommand.windowFailure(e));
    }

    @Test
    void aWindowThatFailsForAnotherCauseNamesItWithoutBlamingTheDisplay() {
        RuntimeException e = new RuntimeException(
                "Exception in Application start method",
                new java.nio.file.InvalidPathException("/a/b\0c.npy", "Nul character not allowed"));
        String line = ReluLabCommand.windowFailure(e);
        assertTrue(line.startsWith("cannot open the window: Nul character not allowed"), line);
        assertFalse(line.contains("display"), line);
    }

    @Test
    void everyCommandAnswersVersion() {
        for (CliCommand c : ReluLabCommand.COMMANDS) {
            CliRun run = CliRun.of(c.name(), "-V");
            assertEquals(0, run.exitCode());
            assertEquals(ReluLabCommand.VERSION, run.out().strip());
        }
    }

    @Test
    void aSentenceOfADescriptionIsBrokenOnlyWhereItsNextWordWouldNotFit() {
        for (CliCommand c : List.of(new VanishingCommand(), new DyingCommand())) {
            List<String> lines = Usage.of(c).lines().toList();
            int start = 1;
            while (lines.get(start).startsWith(" ")) {
                start++;
            }
            for (int i = start; !lines.get(i + 1).isEmpty(); i++) {
                String line = lines.get(i);
                String nextWord = lines.get(i + 1).strip().split(" ")[0];
                boolean fits = line.length() + 1 + nextWord.length() <= Usage.WIDTH;
                assertTrue(
                        !fits || line.endsWith(".") || line.endsWith(":"),
                        c.name() + ": a sentence is broken after '" + line + "'");
            }
        }
    }

    @Test
    void aLongParagraphWrapsAtSpacesUnderItsOwnTextWithAHangingIndent() {
        String words = "the forward pass, max(0, x), written with the dtype of x and the shape of x, which"
                + " is the shape of every other output";
        CliCommand c =
                new CliCommand("demo", "a demo", List.of("Writes:", "  out.npy     " + words), List.of(), List.of()) {
                    @Override
                    int run(Args args, PrintWriter out, PrintWriter err) {
                        return 0;
                    }
                };
        List<String> lines = Usage.of(c).lines().toList();
        int at = lines.indexOf("Writes:");
        assertEquals(
                "  out.npy     the forward pass, max(0, x), written with the dtype of x and the", lines.get(at + 1));
        assertEquals("              shape of x, which is the shape of every other output", lines.get(at + 2));
    }
}
