package relulab.ui.gradzero;

import relulab.ui.shared.GradientAtZeroSwitch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.ui.state.LabState;

@ExtendWith(ApplicationExtension.class)
class GradientAtZeroViewTest {

    private LabState state;
    private GradientAtZeroSwitch second;

    @Start
    void start(Stage stage) {
        Shape shape = new Shape(1, 1, 3);
        state = new LabState(Tensor3.of(shape, new double[] {0, 1, -1}), Tensor3.of(shape, new double[] {5, 5, 5}));
        second = new GradientAtZeroSwitch(state.gradientAtZeroProperty());
        GradientAtZeroViewModel model = new GradientAtZeroViewModel(state);
        state.snapshotProperty().addListener((o, was, is) -> model.show(is));
        stage.setScene(new Scene(new VBox(new GradientAtZeroView(model), second),
                1280, 800));
        stage.show();
    }

    @Test
    void clickingAValueSetsTheSharedChoiceAndEverySwitchFollows(FxRobot robot) {
        robot.clickOn("#relu-prime-zero-half");

        assertEquals(GradientAtZero.HALF, state.gradientAtZero());
        assertEquals(GradientAtZero.HALF, second.value());
        assertTrue(second.getButtons().get(1).isSelected());
        assertTrue(robot.lookup("#relu-prime-zero-effect").queryAs(Label.class).getText()
                .endsWith("dx is \u00bd \u00d7 dout with ReLU\u2032(0) = \u00bd."));
    }

    @Test
    void clickingTheSelectedValueKeepsIt(FxRobot robot) {
        robot.clickOn("#relu-prime-zero-zero");
        assertEquals(GradientAtZero.ZERO, state.gradientAtZero());
        assertTrue(second.getButtons().get(0).isSelected());
    }
}
