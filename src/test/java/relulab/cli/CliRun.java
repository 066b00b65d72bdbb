package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line with its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ReluLabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines printed on stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** Asserts the command line's answer to bad input: exit 2, one line on stderr, nothing on stdout. */
    static void assertRefused(String... args) {
        CliRun run = of(args);
        String command = String.join(" ", args);
        assertEquals(ReluLabCommand.EXIT_USAGE, run.exitCode(), command);
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("relu-lab: "), run.err());
        assertEquals("", run.out(), command);
    }
}
