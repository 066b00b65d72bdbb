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
 */
final class CodeFlow extends TextFlow {

    private final LiteralLanguage language;
    private List<CodeToken> tokens = List.of();
    /** The columns the code is wrapped to: unbounded until the font and the width are known. */
    private int columns = Integer.MAX_VALUE;

    CodeFlow(LiteralLanguage language) {
        this.language = language;
        widthProperty().addListener(o -> rewrap());
    }

    /** Shows {@code source}, highlighted and wrapped. */
    void show(String source) {
        tokens = CodeTokenizer.tokenize(language, source);
        fill();
    }

    private void rewrap() {
        int fit = columnsThatFit();
        if (fit != columns) {
            columns = fit;
            fill();
        }
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
        List<Text> texts = CodeWrap.wrap(tokens, columns).stream().map(token -> {
            Text text = new Text(token.text());
            text.getStyleClass().addAll("code-text", token.kind().styleClass());
            return text;
        }).toList();
        if (!texts.isEmpty()) {
            // The stylesheet sets the font after the texts are made, and sets it again when
            // presentation mode scales the type: either changes how many columns fit.
            texts.get(0).fontProperty().addListener((o, was, now) -> rewrap());
        }
        getChildren().setAll(texts);
    }
}
