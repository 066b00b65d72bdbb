package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import relulab.ui.shared.grid.ColorScope;
import relulab.ui.shared.grid.Palette;
import relulab.ui.state.LabState;
import relulab.ui.state.LessonSettings;

/** The window's side of sessions: what it keeps, what it refuses, and restoring it all at once. */
class SessionMappingTest {

    private static final String REFUSED = "refused-sessions";

    static Stream<Arguments> refused() {
        return TestFiles.expectedTable(REFUSED).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void wellFormedSessionsWithSettingsTheLessonsDoNotOfferAreRefused(String name, String expected) throws IOException {
        Session s = SessionFiles.read(TestFiles.resourceDir(REFUSED).resolve(name));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionMapping.prepare(s));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
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
        LessonSettings settings = new LessonSettings();
        settings.paletteProperty().set(Palette.PURPLE_ORANGE);
        settings.scopeProperty().set(ColorScope.PER_CHANNEL);
        TrainingConfig dying = new TrainingConfig(DatasetKind.CIRCLES, 3, 32, new LeakyRelu(0.01), 2.0, 200, 7, 0, 0.0);
        settings.dyingProperty().set(dying);
        settings.vanishingProperty().set(new DepthSettings(12, 128, InitChoice.XAVIER, 30.0, 99));
        SessionMapping from = new SessionMapping(state, settings);
        from.remember(new TensorData(x, DType.FLOAT32, 1));

        Session saved = from.capture("vanishing");

        assertEquals(DType.FLOAT32, saved.x().dtype());
        assertEquals(1, saved.x().rank());
        assertEquals(DType.FLOAT64, saved.dout().dtype());
        LabState other = new LabState(new Shape(2, 2, 2));
        LessonSettings otherSettings = new LessonSettings();
        SessionMapping to = new SessionMapping(other, otherSettings);
        to.restore(SessionMapping.prepare(saved));
        assertSame(x, other.x());
        assertSame(dout, other.dout());
        assertEquals(GradientAtZero.ONE, other.gradientAtZero());
        assertEquals(Palette.PURPLE_ORANGE, otherSettings.paletteProperty().get());
        assertEquals(ColorScope.PER_CHANNEL, otherSettings.scopeProperty().get());
        assertEquals(dying, otherSettings.dyingProperty().get());
        assertEquals(new DepthSettings(12, 128, InitChoice.XAVIER, 30.0, 99), otherSettings.vanishingProperty().get());
        assertEquals(DType.FLOAT32, to.dtypeOf(x));
    }

    @Test
    void anEditedTensorIsKeptAsFloat64() {
        Tensor3 x = Tensor3.zeros(new Shape(1, 1, 2));
        LabState state = new LabState(x, x);
        SessionMapping mapping = new SessionMapping(state, new LessonSettings());
        mapping.remember(new TensorData(x, DType.FLOAT32, 3));
        state.setTensors(x.with(0, 0, 0, 0.1), x);

        assertEquals(DType.FLOAT64, mapping.capture(null).x().dtype());
        assertEquals(DType.FLOAT32, mapping.capture(null).dout().dtype());
    }

}
