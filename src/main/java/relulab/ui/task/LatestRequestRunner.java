package relulab.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work in the background so that the newest request wins: requests made while one runs
 * replace each other, and only the newest is started when the worker is free. A slider
 * dragged faster than the work can be done therefore never builds a queue.
 *
 * <p>The running request is either finished (its result is recent, and showing it keeps the
 * screen moving during a long drag) or cancelled at once ({@code cancelRunning}, for long work
 * such as a sweep, where a stale answer is worthless). Cancelled work sees
 * {@link Context#isCancelled()} turn true and should stop soon, e.g. by throwing
 * {@link CancellationException}; its results are dropped.
 *
 * <p>Results and partial results ({@link Context#publish}) reach {@code onResult} on the
 * {@code ui} executor ({@code Platform::runLater} in the program), coalesced: while one
 * delivery is queued, newer values replace the queued one, so at most one update per pulse
 * reaches the screen. Failures reach {@code onFailure} there too.
 *
 * <p>Usage: {@code runner.submit(ctx -> Trainer.train(config, data, ctx::isCancelled))}.
 *
 * @param <R> the type of the result
 */
public final class LatestRequestRunner<R> {

    /** What running work sees. */
    public interface Context<R> {
        /** True once a newer request has cancelled this one. */
        boolean isCancelled();

        /** Shows a partial result, unless this work has been cancelled. */
        void publish(R partial);
    }

    /** A request: computes a result, checking {@link Context#isCancelled()} now and then. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Context<R> context) throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    private final Consumer<? super R> onResult;
    private final Consumer<? super Throwable> onFailure;
    private final boolean cancelRunning;

    private final Object lock = new Object();
    private Ticket pending;
    private Ticket running;

    private final AtomicReference<Ticket.Delivery> queued = new AtomicReference<>();
    private final AtomicBoolean deliveryScheduled = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /**
     * @param background    runs the work (one request at a time)
     * @param ui            runs the callbacks, e.g. {@code Platform::runLater}
     * @param onResult      receives results and partial results, on {@code ui}
     * @param onFailure     receives exceptions other than cancellation, on {@code ui}
     * @param cancelRunning whether a new request cancels the one running
     */
    public LatestRequestRunner(
            Executor background,
            Executor ui,
            Consumer<? super R> onResult,
            Consumer<? super Throwable> onFailure,
            boolean cancelRunning) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.onResult = Objects.requireNonNull(onResult);
        this.onFailure = Objects.requireNonNull(onFailure);
        this.cancelRunning = cancelRunning;
    }

    /** Requests {@code work}; it replaces any request not yet started. */
    public void submit(Work<R> work) {
        Ticket ticket = new Ticket(work);
        boolean start;
        synchronized (lock) {
            if (pending != null) {
                pending.cancelled = true;
            }
            pending = ticket;
            if (running != null && cancelRunning) {
                running.cancelled = true;
            }
            start = running == null;
            if (start) {
                running = pending;
                pending = null;
            }
        }
        ui.execute(() -> busy.set(true));
        if (start) {
            background.execute(() -> execute(ticket));
        }
    }

    /** Cancels the running request and drops any waiting one. */
    public void cancelAll() {
        synchronized (lock) {
            if (pending != null) {
                pending.cancelled = true;
                pending = null;
            }
            if (running != null) {
                running.cancelled = true;
            }
        }
    }

    /** True from a request until the worker has nothing left to do; changes on {@code ui}. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void execute(Ticket ticket) {
        try {
            R result = ticket.work.run(ticket);
            if (!ticket.cancelled) {
                deliver(ticket, result);
            }
        } catch (CancellationException e) {
            // A newer request took over: nothing to report.
        } catch (Throwable t) {
            if (!ticket.cancelled) {
                ui.execute(() -> onFailure.accept(t));
            }
        } finally {
            Ticket next;
            synchronized (lock) {
                next = pending;
                pending = null;
                running = next;
            }
            if (next != null) {
                background.execute(() -> execute(next));
            } else {
                ui.execute(this::updateBusy);
            }
        }
    }

    private void updateBusy() {
        synchronized (lock) {
            busy.set(running != null || pending != null);
        }
    }

    private void deliver(Ticket ticket, R value) {
        queued.set(ticket.new Delivery(value));
        if (deliveryScheduled.compareAndSet(false, true)) {
            ui.execute(() -> {
                deliveryScheduled.set(false);
                Ticket.Delivery d = queued.getAndSet(null);
                if (d != null && !d.from().cancelled) {
                    onResult.accept(d.value);
                }
            });
        }
    }

    /** One request and its cancellation flag. */
    private final class Ticket implements Context<R> {
        private final Work<R> work;
        private volatile boolean cancelled;

        Ticket(Work<R> work) {
            this.work = work;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void publish(R partial) {
            if (!cancelled) {
                deliver(this, partial);
            }
        }

        /** A value on its way to the screen, with the request it came from. */
        final class Delivery {
            private final R value;

            Delivery(R value) {
                this.value = value;
            }

            Ticket from() {
                return Ticket.this;
            }
        }
    }
}
