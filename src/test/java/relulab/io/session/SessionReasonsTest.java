package relulab.io.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.text.Explained;
import relulab.core.text.RefusedArgument;
import relulab.io.MessageText;
import relulab.io.TestFiles;
import relulab.testsupport.KeptLocale;
import relulab.ui.shared.text.Messages;
import relulab.ui.shared.text.UiLocale;

/**
 * A refused session keeps its reason: the command line prints it in English, byte for byte as
 * before, and the window says the same reason in its own language (what {@code Messages.say}
 * makes of it is what the window shows).
 */
class SessionReasonsTest {

    @RegisterExtension
    final KeptLocale language = new KeptLocale();

    private static final String CORPUS = "malformed-sessions";
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Locale ES = Locale.forLanguageTag("es");

    /** Every malformed session, the activation catalogue's refusal ({@code relulab.core.Activations}) too. */
    static Stream<String> corpus() {
        return TestFiles.expectedTable(CORPUS).keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyMalformedSessionIsSaidInEachLanguageWhileItsMessageStaysEnglish(String name) {
        SessionFileException e = refusal(name);
        String english = e.getMessage();
        assertEquals(english, MessageText.line(e.reason().english()), "the message is the reason in English");
        for (String tag : List.of("pt-BR", "es", "zh-CN", "en-XA")) {
            UiLocale.set(Locale.forLanguageTag(tag));
            String said = said(e);
            assertTrue(said.contains("'" + name + "'"), said);
            assertNotEquals(afterTheName(english, name), afterTheName(said, name), tag + ": " + said);
            assertEquals(english, e.getMessage(), "the exception's own message stays English");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not_json.relulab | não é JSON válido (linha 1, coluna 1) | no es JSON válido (línea 1, columna 1) \
                | is not valid JSON at line 1, column 1
            gradient_at_zero_two.relulab | gradient_at_zero deve ser 0, 0.5 ou 1, mas é 2.0 \
                | gradient_at_zero debe ser 0, 0.5 o 1, pero es 2.0 | gradient_at_zero must be 0, 0.5 or 1, got 2.0
            version_text.relulab | version deve ser um número, mas é o texto "1" \
                | version debe ser un número, pero es el texto "1" | version must be a number, got the string "1"
            unknown_activation.relulab \
                | activation: ativação desconhecida 'swish' (esperava-se relu, leaky:SLOPE, elu:ALPHA, gelu, gelu:tanh, silu, softplus, sigmoid ou tanh) \
                | activation: activación desconocida 'swish' (se esperaba relu, leaky:SLOPE, elu:ALPHA, gelu, gelu:tanh, silu, softplus, sigmoid o tanh) \
                | activation: unknown activation 'swish' (expected relu, leaky:SLOPE, elu:ALPHA, gelu, gelu:tanh, silu, softplus, sigmoid or tanh)
            """)
    void aRefusalIsSaidInPortugueseAndSpanishAndPrintedInEnglish(
            String name, String portuguese, String spanish, String english) {
        SessionFileException e = refusal(name);
        String quoted = "'" + name + "': ";

        UiLocale.set(PT_BR);
        assertEquals(quoted + portuguese, said(e));
        UiLocale.set(ES);
        assertEquals(quoted + spanish, said(e));
        assertEquals(quoted + english, e.getMessage());
    }

    @Test
    void aLessonsPartRefusedByItsFieldsGivesTheWindowAReason() {
        PartFields part = PartFields.of("dying", JsonParser.parseString("{\"seed\": 1.5, \"dataset\": \" \"}"));
        UiLocale.set(PT_BR);

        RefusedArgument notWhole = assertThrows(RefusedArgument.class, () -> part.whole("seed", 0, 10));
        assertEquals("dying.seed deve ser um número inteiro, mas é 1.5", said(notWhole));
        assertEquals("dying.seed must be a whole number, got 1.5", notWhole.getMessage());

        RefusedArgument empty = assertThrows(RefusedArgument.class, () -> part.string("dataset"));
        assertEquals("dying.dataset está vazio", said(empty));
        assertEquals("dying.dataset is empty", empty.getMessage());
    }

    @Test
    void anotherPartsRefusalIsNestedAsItsReasonWhenItHasOne() {
        RefusedArgument explained =
                new RefusedArgument(SessionFormatException.reason("field.empty", "dying.dataset"), null);
        assertEquals(explained.reason(), SessionFormatException.reasonOf(explained));
        assertEquals("in words only", SessionFormatException.reasonOf(new IllegalArgumentException("in words only")));

        UiLocale.set(PT_BR);
        SessionFormatException wrapped =
                SessionFormatException.because("session.activation", SessionFormatException.reasonOf(explained));
        assertEquals("activation: dying.dataset está vazio", Messages.say(wrapped.reason()));
        assertEquals("activation: dying.dataset is empty", wrapped.getMessage());
    }

    @Test
    void aSessionTheSystemCannotFindIsRefusedWithTheSystemsReasonInTheWindowsLanguage(@TempDir Path dir) {
        SessionFileException e =
                assertThrows(SessionFileException.class, () -> SessionFiles.read(dir.resolve("gone.relulab")));

        UiLocale.set(PT_BR);
        assertEquals("'gone.relulab': não pode ser lido: arquivo ou pasta inexistente", said(e));
        assertEquals("'gone.relulab': cannot be read: no such file or folder", e.getMessage());
    }

    private static SessionFileException refusal(String name) {
        return assertThrows(
                SessionFileException.class,
                () -> SessionFiles.read(TestFiles.resourceDir(CORPUS).resolve(name)));
    }

    /** What the window shows. */
    private static String said(Explained refusal) {
        return MessageText.line(Messages.say(refusal.reason()));
    }

    /** The reason after the quoted name and its colon (ASCII, or the full-width one of Chinese). */
    private static String afterTheName(String message, String name) {
        String quoted = "'" + name + "'";
        return message.substring(message.indexOf(quoted) + quoted.length()).replaceFirst("^[:：]\\s*", "");
    }
}
