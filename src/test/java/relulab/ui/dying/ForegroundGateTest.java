package relulab.ui.dying;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sweep waits while the run at the slider's rate trains, and only then. */
class ForegroundGateTest {

    private final ForegroundGate gate = new ForegroundGate();

    @Test
    void nothingWaitsWhileNoForegroundRunTrains() {
        gate.awaitIdle();
        gate.enter();
        gate.exit();
        gate.awaitIdle();
    }

    @Test
    void aBackgroundStepWaitsUntilTheForegroundRunEnds() throws Exception {
        gate.enter();
        CountDownLatch passed = new CountDownLatch(1);
        Thread background = new Thread(() -> {
            gate.awaitIdle();
            passed.countDown();
        });
        background.start();
        assertFalse(passed.await(200, TimeUnit.MILLISECONDS), "the sweep went on during the run");
        gate.exit();
        assertTrue(passed.await(5, TimeUnit.SECONDS), "the sweep did not resume");
    }

    @Test
    void theForegroundThreadNeverWaitsForItself() {
        gate.enter();
        gate.awaitIdle(); // returns: a wait here would never end
        gate.exit();
    }

    @Test
    void anInterruptEndsTheWaitAndStaysSet() throws Exception {
        gate.enter();
        boolean[] interrupted = new boolean[1];
        Thread background = new Thread(() -> {
            gate.awaitIdle();
            interrupted[0] = Thread.currentThread().isInterrupted();
        });
        background.start();
        Thread.sleep(50);
        background.interrupt();
        background.join(5000);
        assertFalse(background.isAlive());
        assertTrue(interrupted[0]);
        gate.exit();
    }
}
