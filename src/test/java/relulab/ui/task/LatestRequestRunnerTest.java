package relulab.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Driven by hand-cranked executors, so every interleaving is chosen by the test. */
class LatestRequestRunnerTest {

    /** An executor that runs nothing until told to. */
    private static final class Manual implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        void runOne() {
            tasks.poll().run();
        }
    }

    private final Manual background = new Manual();
    private final Manual ui = new Manual();
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private LatestRequestRunner<String> runner(boolean cancelRunning) {
        return new LatestRequestRunner<>(background, ui, shown::add, failures::add, cancelRunning);
    }

    @Test
    void requestsMadeWhileOneRunsCollapseIntoTheNewest() {
        LatestRequestRunner<String> r = runner(false);
        List<String> started = new ArrayList<>();
        for (String name : new String[] {"a", "b", "c", "d"}) {
            r.submit(ctx -> {
                started.add(name);
                return name;
            });
        }
        background.runAll();
        ui.runAll();
        assertEquals(List.of("a", "d"), started, "b and c were overtaken before they started");
        assertEquals(List.of("d"), shown, "a's delivery was still queued when d's replaced it");
    }

    @Test
    void theRunningRequestFinishesAndShowsWhenNotCancelling() {
        LatestRequestRunner<String> r = runner(false);
        r.submit(ctx -> "first");
        r.submit(ctx -> "second");
        background.runOne();
        ui.runAll();
        assertEquals(List.of("first"), shown);
        background.runAll();
        ui.runAll();
        assertEquals(List.of("first", "second"), shown);
    }

    @Test
    void aNewRequestCancelsTheRunningOneWhenAskedTo() {
        LatestRequestRunner<String> r = runner(true);
        boolean[] sawCancel = {false};
        r.submit(ctx -> {
            r.submit(c -> "new");
            sawCancel[0] = ctx.isCancelled();
            if (ctx.isCancelled()) {
                throw new CancellationException();
            }
            return "old";
        });
        background.runAll();
        ui.runAll();
        assertTrue(sawCancel[0]);
        assertEquals(List.of("new"), shown);
        assertTrue(failures.isEmpty(), "cancellation is not a failure");
    }

    @Test
    void partialResultsAreCoalescedToOneUpdatePerUiTurn() {
        LatestRequestRunner<String> r = runner(true);
        r.submit(ctx -> {
            for (int i = 1; i <= 5; i++) {
                ctx.publish("part " + i);
            }
            return "done";
        });
        background.runAll();
        assertEquals(1, ui.tasks.stream().count() - 2, "busy on, one delivery, busy off");
        ui.runAll();
        assertEquals(List.of("done"), shown);
    }

    @Test
    void failuresReachTheUiAndBusyEnds() {
        LatestRequestRunner<String> r = runner(false);
        r.submit(ctx -> {
            throw new IllegalStateException("boom");
        });
        ui.runAll();
        assertTrue(r.busyProperty().get());
        background.runAll();
        ui.runAll();
        assertEquals("boom", failures.get(0).getMessage());
        assertTrue(shown.isEmpty());
        assertFalse(r.busyProperty().get());
    }

    @Test
    void cancelAllDropsEverything() {
        LatestRequestRunner<String> r = runner(false);
        r.submit(ctx -> "a");
        r.submit(ctx -> "b");
        r.cancelAll();
        background.runAll();
        ui.runAll();
        assertTrue(shown.isEmpty());
    }
}
