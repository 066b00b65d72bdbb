package relulab.io.session;

/**
 * The dying-ReLU lesson's settings as a session keeps them, by value and by name. Files know
 * nothing of training, so the window checks the values (ranges, known names) before it takes
 * them.
 *
 * @param learningRate the SGD step size
 * @param dataset      the dataset's name, e.g. {@code spiral}
 * @param activation   {@code relu} or {@code leaky:SLOPE}
 * @param hiddenLayers how many hidden layers
 * @param width        units per hidden layer
 * @param steps        how many SGD steps
 * @param seed         the seed of every random choice
 */
public record DyingSettings(double learningRate, String dataset, String activation, int hiddenLayers, int width,
                            int steps, long seed) {
}
