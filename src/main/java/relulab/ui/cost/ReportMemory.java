package relulab.ui.cost;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import relulab.cost.BenchReport;
import relulab.cost.BenchReportText;

/**
 * Where the tab keeps its last measurement, so that it opens on the last results instead of an
 * empty chart. The program keeps it in the user's preferences ({@link #preferences()}): it
 * survives a restart, and a measurement costs tens of seconds of a busy processor.
 */
interface ReportMemory {

    /** Remembers nothing: for tests, and for a machine whose preferences cannot be used. */
    ReportMemory NONE = new ReportMemory() {
        @Override
        public Optional<BenchReport> recall() {
            return Optional.empty();
        }

        @Override
        public void remember(BenchReport report) {}
    };

    /** The last report remembered, if any and if it can still be read. */
    Optional<BenchReport> recall();

    /** Keeps {@code report} as the last one. */
    void remember(BenchReport report);

    /**
     * The user's preferences, under this package's node, key {@code last-report-2}: the 2 since
     * sigmoid's and tanh's backward are timed from the kept output, so that a report of the
     * older kernels (which recomputed exp) is not shown under the new kernels' words.
     */
    static ReportMemory preferences() {
        Preferences node = Preferences.userNodeForPackage(ReportMemory.class);
        String key = "last-report-2";
        return new ReportMemory() {
            @Override
            public Optional<BenchReport> recall() {
                String line = node.get(key, null);
                if (line == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(BenchReportText.parse(line));
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // written by another version: measure afresh
                }
            }

            @Override
            public void remember(BenchReport report) {
                node.put(key, BenchReportText.format(report));
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // kept for this process only: the preferences cache still holds it
                }
            }
        };
    }
}
