package relulab.ui.dying;

import java.util.List;
import relulab.core.Activation;
import relulab.train.SweepPoint;

/** The sweep of one activation: its points so far, sorted by rate (immutable). */
record MemberSweep(Activation activation, List<SweepPoint> points) {

    MemberSweep {
        points = List.copyOf(points);
    }
}
