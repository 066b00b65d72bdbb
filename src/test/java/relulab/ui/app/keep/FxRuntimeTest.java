package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * {@link FxRuntime} gives back what the work on the FX thread returns or throws as it is: an
 * {@link OutOfMemoryError} while drawing reaches the command as one, which words it as it words
 * its own, not as an ExecutionException whose text is "java.lang.OutOfMemoryError: Java heap space".
 */
class FxRuntimeTest {

    @Test
    void theWorkRunsOnTheFxThreadAndItsResultComesBack() throws Exception {
        assertTrue(FxRuntime.call(Platform::isFxApplicationThread));
    }

    @Test
    void anErrorOnTheFxThreadIsThrownAsItIs() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        assertSame(
                error,
                assertThrows(
                        OutOfMemoryError.class,
                        () -> FxRuntime.call(() -> {
                            throw error;
                        })));
    }

    @Test
    void anExceptionOnTheFxThreadIsThrownAsItIs() {
        IllegalStateException exception = new IllegalStateException("no figure");
        assertSame(
                exception,
                assertThrows(
                        IllegalStateException.class,
                        () -> FxRuntime.call(() -> {
                            throw exception;
                        })));
    }
}
