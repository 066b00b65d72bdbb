package relulab.ui.shared.grid;

/**
 * One colour scale as the legend shows it: its range and the grids that use it.
 *
 * @param name  the grids that use it, e.g. {@code "forward: x, out, zeroed"}
 * @param range its limits
 */
public record NamedRange(String name, ColorRange range) {}
