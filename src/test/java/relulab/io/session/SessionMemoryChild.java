package relulab.io.session;

import java.nio.file.Path;

/**
 * Reads one session in a process with little memory, for {@link SessionHardeningTest}: prints
 * the one line a refusal says, or {@code read} when the session was read.
 */
public final class SessionMemoryChild {

    private SessionMemoryChild() {}

    public static void main(String[] args) {
        try {
            SessionFiles.read(Path.of(args[0]));
            System.out.println("read");
        } catch (java.io.IOException e) {
            System.out.println(e.getMessage());
        }
    }
}
