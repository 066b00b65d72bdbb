package relulab.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import relulab.core.GradientAtZero;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.testsupport.LabWindows;
import relulab.ui.state.DisplaySettings;
import relulab.ui.state.LabState;

class GradientCheckViewTest {

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    private static final Shape SHAPE = new Shape(1, 2, 3);

    private LabState state;

    @BeforeEach
    void start() {
        windows.start(this::start);
    }

    void start(Stage stage) {
        state = new LabState(
                Tensor3.of(SHAPE, new double[] {0.0, 1.5, -2, 3e-6, -0.5, 4}),
                Tensor3.of(SHAPE, new double[] {1, 2, 3, 4, 5, 6}));
        GradientCheckViewModel model = new GradientCheckViewModel(state);
        model.workbenchDataProperty().set(true);
        state.snapshotProperty().addListener((o, was, is) -> model.show(is));
        stage.setScene(new Scene(new GradientCheckView(model, new DisplaySettings()), 1280, 800));
        stage.show();
    }

    @Test
    void tableListsEveryCellAndTheFilterKeepsTheKinkCells(FxRobot robot) {
        TableView<?> table = robot.lookup("#gradcheck-table").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());

        robot.clickOn("#gradcheck-only-kink");

        assertEquals(2, table.getItems().size());
        assertTrue(robot.lookup("#gradcheck-summary")
                .queryAs(Label.class)
                .getText()
                .contains("Within h of the kink (|x| < h): 2 cells"));
    }

    @Test
    void stepSliderAndSwitchRecomputeTheCheck(FxRobot robot) {
        robot.interact(
                () -> robot.lookup("#gradcheck-step").queryAs(Slider.class).setValue(-7));
        assertEquals(
                "h = 1e\u22127",
                robot.lookup("#gradcheck-step-value").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#gradcheck-summary")
                .queryAs(Label.class)
                .getText()
                .contains("Within h of the kink (|x| < h): 1 cell"));

        robot.clickOn("#relu-prime-zero-one");

        assertEquals(GradientAtZero.ONE, state.gradientAtZero());
        @SuppressWarnings("unchecked")
        TableView<GradientCheckRow> table = robot.lookup("#gradcheck-table").queryAs(TableView.class);
        assertEquals(1.0, table.getItems().get(0).analytic());
    }
}
