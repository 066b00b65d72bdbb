package relulab.io.code;

import java.util.List;
import java.util.stream.Stream;
import relulab.core.Activation;
import relulab.core.Activations;
import relulab.core.GradientAtZero;

/** The activations whose pasted code the round trips run: ReLU with each ReLU'(0), then the rest of the catalogue. */
final class RoundTripActivations {

    static final List<Activation> ALL = Stream.concat(
                    Stream.of(GradientAtZero.values()).map(Activations.parse("relu")::withGradientAtZero),
                    Activations.all().stream().filter(a -> !a.hasChoiceAtZero()))
            .toList();

    private RoundTripActivations() {}

    /** The case's name in a report: the spec, and ReLU'(0) where it is a choice. */
    static String describe(Activation activation) {
        return activation.hasChoiceAtZero()
                ? activation.name() + " with f'(0) = " + activation.slope(0.0)
                : activation.name();
    }
}
