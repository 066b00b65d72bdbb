package relulab.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import relulab.io.code.LiteralLanguage;
import relulab.ui.code.CodeToken.Kind;

/**
 * A small tokenizer for syntax colouring of Python and MATLAB snippets: keywords, function
 * names (an identifier followed by {@code (}), numbers and the constants NaN/Inf/True/False,
 * strings, and comments to the end of the line. Everything else is plain text. Concatenating the
 * tokens gives back the source exactly.
 *
 * <p>In MATLAB a quote right after a name, {@code )} or {@code ]} is the transpose operator, not
 * a string.
 */
public final class CodeTokenizer {

    private static final Set<String> PYTHON_KEYWORDS = Set.of(
            "import", "as", "from", "def", "return", "if", "elif", "else", "for", "while", "in", "and", "or", "not",
            "lambda", "pass");
    private static final Set<String> MATLAB_KEYWORDS =
            Set.of("function", "end", "if", "elseif", "else", "for", "while", "return", "break");
    private static final Set<String> CONSTANTS =
            Set.of("nan", "inf", "NaN", "Inf", "True", "False", "None", "true", "false");

    private final LiteralLanguage language;
    private final String src;
    private final List<CodeToken> tokens = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private int pos;

    private CodeTokenizer(LiteralLanguage language, String src) {
        this.language = language;
        this.src = src;
    }

    /** The tokens of {@code source}, in order. */
    public static List<CodeToken> tokenize(LiteralLanguage language, String source) {
        CodeTokenizer t = new CodeTokenizer(language, source);
        t.run();
        return t.tokens;
    }

    private void run() {
        String comment = language.commentMark();
        while (pos < src.length()) {
            char ch = src.charAt(pos);
            if (src.startsWith(comment, pos)) {
                emit(Kind.COMMENT, lineEnd());
            } else if ((ch == '"' || ch == '\'') && !isTranspose()) {
                emit(Kind.STRING, stringEnd(ch));
            } else if (Character.isDigit(ch)
                    || (ch == '.'
                            && pos + 1 < src.length()
                            && Character.isDigit(src.charAt(pos + 1))
                            && !afterName())) {
                emit(Kind.NUMBER, numberEnd());
            } else if (Character.isJavaIdentifierStart(ch)) {
                int end = nameEnd();
                emit(kindOfName(src.substring(pos, end), end), end);
            } else {
                plain.append(ch);
                pos++;
            }
        }
        flushPlain();
    }

    private Kind kindOfName(String name, int end) {
        Set<String> keywords = language == LiteralLanguage.PYTHON ? PYTHON_KEYWORDS : MATLAB_KEYWORDS;
        if (keywords.contains(name)) {
            return Kind.KEYWORD;
        }
        if (CONSTANTS.contains(name)) {
            return Kind.NUMBER;
        }
        int next = end;
        while (next < src.length() && src.charAt(next) == ' ') {
            next++;
        }
        return next < src.length() && src.charAt(next) == '(' ? Kind.FUNCTION : Kind.PLAIN;
    }

    private void emit(Kind kind, int end) {
        if (kind == Kind.PLAIN) {
            plain.append(src, pos, end);
        } else {
            flushPlain();
            tokens.add(new CodeToken(kind, src.substring(pos, end)));
        }
        pos = end;
    }

    private void flushPlain() {
        if (plain.length() > 0) {
            tokens.add(new CodeToken(Kind.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }

    private int lineEnd() {
        int end = src.indexOf('\n', pos);
        return end < 0 ? src.length() : end;
    }

    private int stringEnd(char quote) {
        int i = pos + 1;
        while (i < src.length() && src.charAt(i) != quote && src.charAt(i) != '\n') {
            i++;
        }
        return i < src.length() && src.charAt(i) == quote ? i + 1 : i;
    }

    private int numberEnd() {
        int i = pos;
        while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.')) {
            i++;
        }
        if (i < src.length() && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < src.length() && (src.charAt(j) == '+' || src.charAt(j) == '-')) {
                j++;
            }
            if (j < src.length() && Character.isDigit(src.charAt(j))) {
                i = j;
                while (i < src.length() && Character.isDigit(src.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private int nameEnd() {
        int i = pos + 1;
        while (i < src.length() && Character.isJavaIdentifierPart(src.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the character before pos ends a name (so '.' is attribute access, not a number). */
    private boolean afterName() {
        return pos > 0 && Character.isJavaIdentifierPart(src.charAt(pos - 1));
    }

    private boolean isTranspose() {
        if (language != LiteralLanguage.MATLAB || src.charAt(pos) != '\'' || pos == 0) {
            return false;
        }
        char before = src.charAt(pos - 1);
        return Character.isJavaIdentifierPart(before) || before == ')' || before == ']' || before == '\'';
    }
}
