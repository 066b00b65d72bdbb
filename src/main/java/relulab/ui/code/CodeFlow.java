package relulab.ui.code;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import relulab.io.code.LiteralLanguage;

/**
 * Highlighted code, wrapped to the width it is given as {@link CodeWrap} wraps it: a long line
 * continues indented rather than at the left edge. The flow counts how many characters of its
 * monospace font fit across it and wraps again when that changes — the panel was resized, or
 * presentation mode changed the font.
 *
 * <p>It rewraps in its layout pass, never from a listener on its texts' font: the stylesheet sets
 * that font during a CSS pass (and resets it whenever a theme adds or removes a stylesheet), and
 * replacing the texts there changes the list of children JavaFX is walking through.
 */
final class CodeFlow extends TextFlow {

    private final LiteralLanguage language;
    private List<CodeToken> tokens = List.of();
    /** The columns the code is wrapped to: unbounded until the font and the width are known. */
    private int columns = Integer.MAX_VALUE;

    CodeFlow(LiteralLanguage language) {
        this.language = language;
    }

    /** Shows {@code source}, highlighted and wrapped. */
    void show(String source) {
        tokens = CodeTokenizer.tokenize(language, source);
        fill();
    }

    @Override
    protected void layoutChildren() {
        int fit = columnsThatFit();
        if (fit != columns) {
            columns = fit;
            fill();
            applyCss(); // the new texts take their font now, not a frame later
        }
        super.layoutChildren();
    }

    private int columnsThatFit() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (getChildren().isEmpty() || room <= 0) {
            return Integer.MAX_VALUE;
        }
        Text probe = new Text("0");
        probe.setFont(((Text) getChildren().get(0)).getFont());
        return (int) (room / probe.getLayoutBounds().getWidth());
    }

    private void fill() {
        getChildren()
                .setAll(CodeWrap.wrap(tokens, columns).stream()
                        .map(token -> {
                            Text text = new Text(token.text());
                            text.getStyleClass()
                                    .addAll("code-text", token.kind().styleClass());
                            return text;
                        })
                        .toList());
    }
}
