package relulab.ui.app.keep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.DType;
import relulab.io.TensorData;
import relulab.io.TensorFiles;
import relulab.ui.app.ReluLabApp;
import relulab.ui.shared.grid.TensorGrid;

/** {@code relu-lab x.npy}: the program starts with the file open, named in the title. */
class FileArgumentTest {

    @TempDir
    Path dir;

    private String oldDataDir;
    private Stage stage;
    private Application app;

    @BeforeEach
    void useOwnDataFolder() throws Exception {
        oldDataDir = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, dir.resolve("data").toString());
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.setProperty(DataFolder.PROPERTY, oldDataDir);
    }

    @Test
    void theFileOnTheCommandLineIsOpenAsXAndNamesTheWindow() throws Exception {
        Tensor3 x = Tensor3.of(new Shape(2, 1, 3), new double[] {1, -2, 3, Double.NaN, -0.0, 6});
        Path file = dir.resolve("x.npy");
        TensorFiles.write(file, new TensorData(x, DType.FLOAT64, 3));

        app = FxToolkit.setupApplication(ReluLabApp.class, file.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "x.npy \u2014 ReLU Lab".equals(stage.getTitle()));

        FxRobot robot = new FxRobot();
        robot.clickOn("Workbench"); // the window opens on Start here
        TensorGrid grid = robot.lookup("#grid-x").queryAs(TensorGrid.class);
        Tensor3 shown = grid.dataProperty().get().values();
        assertEquals(x.shape(), shown.shape());
        for (int i = 0; i < x.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(x.get(i)), Double.doubleToRawLongBits(shown.get(i)));
        }
    }
}
