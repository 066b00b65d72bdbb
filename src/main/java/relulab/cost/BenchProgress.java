package relulab.cost;

/** Where a running benchmark reports how far it got and learns that it should stop. */
public interface BenchProgress {

    /** Does nothing and never cancels: for the command line. */
    BenchProgress NONE = new BenchProgress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} timed steps are finished. */
    void update(long done, long total);

    /** True when the caller no longer wants the result; the run then stops at the next step. */
    boolean isCancelled();
}
