package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import relulab.core.Activations;
import relulab.core.GradientAtZero;
import relulab.core.LeakyRelu;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TestFiles;
import relulab.io.session.Session;
import relulab.io.session.SessionFiles;
import relulab.train.DatasetKind;
import relulab.train.TrainingConfig;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.InitChoice;
import relulab.ui.dying.DyingLesson;
import relulab.ui.lesson.KeptSettings;
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.state.GridColors;
import relulab.ui.state.LabState;
import relulab.ui.vanishing.VanishingLesson;
import relulab.ui.vanishing.VanishingSettings;

/** The window's side of sessions: what it keeps, what it refuses, and restoring it all at once. */
class SessionMappingTest {

    /** The members the vanishing tab shows when a session names none: the chapter's three. */
    private static final List<String> CHAPTER = List.of("sigmoid", "tanh", "relu");

    private static final String REFUSED = "refused-sessions";

    /** A window's parts: the two lessons that keep settings, and the grids' colours. */
    private static final class Window {
        final LabState state;
        final GridColors colors = new GridColors();
        final KeptSettings<?> dying = new DyingLesson().keptSettings().orElseThrow();
        final KeptSettings<?> vanishing = new VanishingLesson().keptSettings().orElseThrow();
        final SessionMapping mapping;

        Window(LabState state) {
            this.state = state;
            List<KeptSettings<?>> parts = new ArrayList<>(List.of(dying, vanishing));
            parts.add(ColorsPart.of(colors));
            mapping = new SessionMapping(state, parts);
        }

        @SuppressWarnings("unchecked")
        <T> void set(KeptSettings<?> part, T value) {
            ((KeptSettings<T>) part).set(value);
        }
    }

    static Stream<Arguments> refused() {
        return TestFiles.expectedTable(REFUSED).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void wellFormedSessionsWithSettingsTheLessonsDoNotOfferAreRefused(String name, String expected) throws IOException {
        Session s = SessionFiles.read(TestFiles.resourceDir(REFUSED).resolve(name));
        Window w = new Window(new LabState(new Shape(1, 1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.mapping.prepare(s));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void everyRefusedSessionHasItsOwnMessage() {
        Map<String, String> table = TestFiles.expectedTable(REFUSED);
        assertTrue(table.size() >= 10);
        assertEquals(table.size(), Set.copyOf(table.values()).size());
    }

    @Test
    void captureThenRestoreBringsBackTensorsActivationColoursAndLessons() {
        Tensor3 x = Tensor3.of(new Shape(1, 1, 3), new double[] {-0.0, Double.NaN, 2});
        Tensor3 dout = Tensor3.of(new Shape(1, 1, 3), new double[] {1, Double.NEGATIVE_INFINITY, -1});
        LabState state = new LabState(x, dout);
        state.gradientAtZeroProperty().set(GradientAtZero.ONE);
        state.activationProperty().set(Activations.parse("leaky:0.2"));
        Window from = new Window(state);
        from.colors.paletteProperty().set(Palette.PURPLE_ORANGE);
        from.colors.scopeProperty().set(ColorScope.PER_CHANNEL);
        TrainingConfig dying = new TrainingConfig(DatasetKind.CIRCLES, 3, 32, new LeakyRelu(0.01), 2.0, 300, 7, 0, 0.0);
        from.set(from.dying, dying);
        from.set(
                from.vanishing,
                new VanishingSettings(new DepthSettings(12, 128, InitChoice.XAVIER, 30.0, 99), CHAPTER));
        from.mapping.remember(new TensorData(x, DType.FLOAT32, 1));

        Session saved = from.mapping.capture("vanishing");

        assertEquals(DType.FLOAT32, saved.x().dtype());
        assertEquals(1, saved.x().rank());
        assertEquals(DType.FLOAT64, saved.dout().dtype());
        assertEquals("leaky:0.2", saved.activation());
        assertEquals(Set.of("dying", "vanishing", "colors"), saved.parts().keySet());
        Window to = new Window(new LabState(new Shape(2, 2, 2)));
        to.mapping.restore(to.mapping.prepare(saved));
        assertSame(x, to.state.x());
        assertSame(dout, to.state.dout());
        assertEquals(GradientAtZero.ONE, to.state.gradientAtZero());
        assertEquals("leaky:0.2", to.state.activation().name());
        assertEquals(Palette.PURPLE_ORANGE, to.colors.paletteProperty().get());
        assertEquals(ColorScope.PER_CHANNEL, to.colors.scopeProperty().get());
        assertEquals(dying, to.dying.valueProperty().get());
        assertEquals(
                new VanishingSettings(new DepthSettings(12, 128, InitChoice.XAVIER, 30.0, 99), CHAPTER),
                to.vanishing.valueProperty().get());
        assertEquals(DType.FLOAT32, to.mapping.dtypeOf(x));
    }

    @Test
    void aPartWithoutAValueIsNotWritten() {
        Window w = new Window(new LabState(new Shape(1, 1, 1)));

        assertEquals(Set.of("colors"), w.mapping.capture(null).parts().keySet());
    }

    @Test
    void aVersion1SessionOpensWithItsSlopeAsLeakyReluAndItsSettingsAsParts() throws IOException {
        Session s =
                SessionFiles.read(TestFiles.resourceDir("malformed-sessions").resolve("valid_version_1.json"));
        Window w = new Window(new LabState(new Shape(1, 1, 1)));

        w.mapping.restore(w.mapping.prepare(s));

        assertEquals(new LeakyRelu(0.1), w.state.activation());
        assertEquals(GradientAtZero.HALF, w.state.gradientAtZero());
        assertEquals(TrainingConfig.DEFAULT, w.dying.valueProperty().get());
        assertEquals(
                new VanishingSettings(new DepthSettings(20, 64, InitChoice.RECOMMENDED, 1.0, 1), CHAPTER),
                w.vanishing.valueProperty().get());
        assertEquals(GridColors.Choice.DEFAULT, w.colors.choice());
    }

    @Test
    void anInvalidPartRefusesTheWholeSessionAndChangesNothing() {
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        Map<String, JsonElement> parts = new LinkedHashMap<>();
        parts.put("colors", JsonParser.parseString("{\"palette\": \"PURPLE_ORANGE\", \"scope\": \"PER_CHANNEL\"}"));
        parts.put(
                "vanishing",
                JsonParser.parseString(
                        "{\"depth\": 20, \"width\": 64, \"init\": \"recommended\", \"input_scale\": 1.0, \"seed\": 1}"));
        parts.put("dying", JsonParser.parseString("{\"learning_rate\": 0.1}"));
        Session s = new Session(TensorData.of(x), TensorData.of(x), "sigmoid", GradientAtZero.ONE, parts, null);
        LabState state = new LabState(new Shape(1, 1, 1));
        var before = state.snapshot();
        Window w = new Window(state);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.mapping.prepare(s));

        assertEquals("\"dying.dataset\" is missing", e.getMessage());
        assertSame(before, state.snapshot());
        assertEquals(GridColors.Choice.DEFAULT, w.colors.choice());
        assertEquals(null, w.vanishing.valueProperty().get());
        assertEquals(null, w.dying.valueProperty().get());
    }

    @Test
    void anUnknownPartIsRefusedByItsKey() {
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        Session s = new Session(
                TensorData.of(x),
                TensorData.of(x),
                "relu",
                GradientAtZero.ZERO,
                Map.of("sketch", JsonParser.parseString("{}")),
                null);

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Window(new LabState(new Shape(1, 1, 1))).mapping.prepare(s));

        assertEquals("it keeps settings 'sketch' that no lesson of this window has", e.getMessage());
    }

    @Test
    void aKeyFromTheFileIsQuotedEscapedAndCut() {
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        String hostile = "a\nb\u202Ec" + "x".repeat(5000);
        Session s = new Session(
                TensorData.of(x),
                TensorData.of(x),
                "relu",
                GradientAtZero.ZERO,
                Map.of(hostile, new JsonObject()),
                null);

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Window(new LabState(new Shape(1, 1, 1))).mapping.prepare(s));

        assertTrue(e.getMessage().startsWith("it keeps settings 'a\\u000Ab\\u202Ecxxx"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    /** A window whose part's codec refuses, or throws what a careless codec throws. */
    static Stream<Arguments> partsAPartRefuses() {
        return Stream.of(
                Arguments.of(new IllegalArgumentException("test.rate 1e300 is not offered"), "test.rate 1e300"),
                Arguments.of(new UnsupportedOperationException("JsonObject"), "'test'"),
                Arguments.of(new IllegalStateException("Not a JSON Object"), "'test'"));
    }

    @ParameterizedTest
    @MethodSource("partsAPartRefuses")
    void aPartItsCodecRefusesChangesNothingAndSaysSoInOneLine(RuntimeException thrown, String said) {
        Tensor3 before = Tensor3.zeros(new Shape(1, 1, 2));
        Window w = new Window(new LabState(before, before));
        KeptSettings<String> test = new KeptSettings<>("test", new KeptSettings.Codec<>() {
            @Override
            public JsonElement toJson(String value) {
                return new JsonPrimitive(value);
            }

            @Override
            public String fromJson(JsonElement json) {
                throw thrown;
            }
        });
        test.set("as it was");
        List<KeptSettings<?>> parts = new ArrayList<>(List.of(w.dying, w.vanishing, test));
        SessionMapping mapping = new SessionMapping(w.state, parts);
        Tensor3 x = Tensor3.of(new Shape(1, 1, 2), new double[] {7, 8});
        Map<String, JsonElement> kept = new LinkedHashMap<>();
        w.set(w.vanishing, new VanishingSettings(new DepthSettings(12, 128, InitChoice.XAVIER, 30.0, 99), CHAPTER));
        kept.put("vanishing", w.vanishing.write());
        w.set(w.vanishing, null);
        String activation = w.state.activation().name();
        kept.put("test", new JsonPrimitive("new"));
        Session s = new Session(TensorData.of(x), TensorData.of(x), "leaky:0.2", GradientAtZero.ONE, kept, null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mapping.prepare(s));

        assertTrue(e.getMessage().contains(said), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertSame(before, w.state.x(), "nothing changed");
        assertEquals(activation, w.state.activation().name());
        assertEquals("as it was", test.valueProperty().get());
        assertNull(w.vanishing.valueProperty().get(), "not even the parts that were good");
    }

    @Test
    void anEditedTensorIsKeptAsFloat64() {
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        LabState state = new LabState(x, x);
        SessionMapping mapping = new Window(state).mapping;
        mapping.remember(new TensorData(x, DType.FLOAT32, 3));
        state.setTensors(x.with(0, 0, 0, 0.1), x);

        assertEquals(DType.FLOAT64, mapping.capture(null).x().dtype());
        assertEquals(DType.FLOAT32, mapping.capture(null).dout().dtype());
    }
}
