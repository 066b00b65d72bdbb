package relulab.io.session;

/**
 * How the grids are coloured, by the names of the window's choices: the palette (e.g.
 * {@code BLUE_RED}) and the scope of the scale (e.g. {@code FORWARD_BACKWARD}).
 *
 * <p>Names, not the window's enums, because files know nothing of the window; the window
 * refuses a name it does not know before it changes anything.
 */
public record ColorSettings(String palette, String scope) {

    public ColorSettings {
        if (palette == null || palette.isBlank() || scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("a palette and a scope are needed");
        }
    }
}
