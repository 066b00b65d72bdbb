package relulab.ui.code;

/** A run of source text and what it is, for colouring. */
public record CodeToken(Kind kind, String text) {

    /** The kinds the highlighter colours; the style class is {@code code-} + the lower-case name. */
    public enum Kind {
        KEYWORD,
        FUNCTION,
        NUMBER,
        STRING,
        COMMENT,
        PLAIN;

        /** The CSS style class of this kind, e.g. {@code code-keyword}. */
        public String styleClass() {
            return "code-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
