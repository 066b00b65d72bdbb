package relulab.train.vanishing;

/**
 * How the weights of a fully connected layer are drawn: Gaussian with mean 0 and a standard
 * deviation set by the layer's fan-in n.
 *
 * <p>Xavier, {@code std = sqrt(1/n)}, keeps the variance of {@code W·h} equal to that of
 * {@code h}: right for tanh, which is linear near 0. He, {@code std = sqrt(2/n)}, doubles it to
 * make up for ReLU zeroing half of its inputs, so a ReLU stack keeps its signal and its gradient.
 */
public enum Initialisation {
    /** {@code std = sqrt(1 / fan_in)} (Glorot &amp; Bengio, 2010; the fan-in form). */
    XAVIER("Xavier", 1.0),
    /** {@code std = sqrt(2 / fan_in)} (He et al., 2015). */
    HE("He", 2.0);

    private final String label;
    private final double gain;

    Initialisation(String label, double gain) {
        this.label = label;
        this.gain = gain;
    }

    /** The standard deviation of a weight of a layer with {@code fanIn} inputs. */
    public double standardDeviation(int fanIn) {
        return Math.sqrt(gain / fanIn);
    }

    /** "Xavier" or "He", as shown on screen. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
