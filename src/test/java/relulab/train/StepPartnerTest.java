package relulab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The second core of one run: each half done once, by the partner or else by the caller. */
class StepPartnerTest {

    @Test
    void thePartnerDoesTheOtherHalfOnItsOwnThread() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        Thread partnerThread = null;
        try (StepPartner partner = new StepPartner(helper)) {
            // Until the partner has started, the caller does both halves; its own half takes
            // 0.1 ms here, time enough for a waiting partner to take the other.
            for (int step = 0; step < 10_000 && partnerThread == null; step++) {
                AtomicReference<Thread> ranOn = new AtomicReference<>();
                partner.runBeside(StepPartnerTest::busyTenthOfAMillisecond, () -> ranOn.set(Thread.currentThread()));
                if (ranOn.get() != Thread.currentThread()) {
                    partnerThread = ranOn.get();
                }
            }
        } finally {
            helper.shutdown();
        }
        assertNotNull(partnerThread, "the partner never took a half");
        assertTrue(helper.awaitTermination(5, TimeUnit.SECONDS), "a closed partner gives its thread back");
    }

    private static void busyTenthOfAMillisecond() {
        long end = System.nanoTime() + 100_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void everyHalfIsDoneExactlyOnceInItsStep() {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        List<Integer> mine = new ArrayList<>();
        int[] theirs = new int[1000];
        try (StepPartner partner = new StepPartner(helper)) {
            for (int step = 0; step < theirs.length; step++) {
                int k = step;
                partner.runBeside(() -> mine.add(k), () -> theirs[k]++);
                assertEquals(1, theirs[k], "the half is done before the step returns");
            }
        } finally {
            helper.shutdownNow();
        }
        assertEquals(theirs.length, mine.size());
    }

    @Test
    void aBusyHelperLeavesBothHalvesToTheCaller() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        helper.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (StepPartner partner = new StepPartner(helper)) {
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            partner.runBeside(() -> {}, () -> ranOn.set(Thread.currentThread()));
            assertSame(Thread.currentThread(), ranOn.get());
        } finally {
            release.countDown();
            helper.shutdown();
        }
        assertTrue(helper.awaitTermination(5, TimeUnit.SECONDS), "a partner started after its run returns at once");
    }

    @Test
    void aHelperThatRefusesWorkLeavesEverythingToTheCaller() {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        helper.shutdownNow();
        assertTheCallerDoesBothHalves(helper);
    }

    @Test
    void anExecutorThatRunsTasksInPlaceLeavesEverythingToTheCaller() {
        assertTheCallerDoesBothHalves(Runnable::run);
    }

    private static void assertTheCallerDoesBothHalves(Executor helper) {
        try (StepPartner partner = new StepPartner(helper)) {
            Thread caller = Thread.currentThread();
            List<Thread> ranOn = new ArrayList<>();
            partner.runBeside(() -> ranOn.add(Thread.currentThread()), () -> ranOn.add(Thread.currentThread()));
            assertEquals(List.of(caller, caller), ranOn);
        }
    }

    @Test
    void aFailureOfEitherHalfReachesTheCaller() {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try (StepPartner partner = new StepPartner(helper)) {
            for (int step = 0; step < 200; step++) {
                assertThrows(
                        IllegalStateException.class,
                        () -> partner.runBeside(StepPartnerTest::busyTenthOfAMillisecond, () -> {
                            throw new IllegalStateException("blown up");
                        }));
                assertThrows(
                        OutOfMemoryError.class,
                        () -> partner.runBeside(StepPartnerTest::busyTenthOfAMillisecond, () -> {
                            throw new OutOfMemoryError("no room");
                        }));
            }
        } finally {
            helper.shutdownNow();
        }
    }
}
