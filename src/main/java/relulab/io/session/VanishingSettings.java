package relulab.io.session;

/**
 * The vanishing-gradient lesson's settings as a session keeps them; the window checks the
 * values before it takes them.
 *
 * @param depth how many layers
 * @param width units per layer
 * @param init       the weights' initialisation by name: {@code recommended}, {@code xavier} or {@code he}
 * @param inputScale how large the input is (1 to 100)
 * @param seed       the seed of the weights, input and gradient
 */
public record VanishingSettings(int depth, int width, String init, double inputScale, long seed) {
}
