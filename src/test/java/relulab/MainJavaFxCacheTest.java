package relulab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import relulab.core.Shape;
import relulab.core.Tensor3;
import relulab.io.TensorData;
import relulab.io.TensorFiles;

/**
 * With a home folder that cannot hold JavaFX's cache of native libraries, {@code render} (which
 * starts JavaFX) prints no "Can not create cache at …" lines: {@link Main} points JavaFX at the
 * temporary folder before it starts. A real process, as a user starts it; the home is a regular
 * file, which not even root can make a folder in.
 */
class MainJavaFxCacheTest {

    @Test
    void renderWithAnUnwritableHomePrintsNoCacheWarnings(@TempDir Path dir) throws Exception {
        Path home = Files.writeString(dir.resolve("home"), "a file, not a folder");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path x = dir.resolve("x.npy");
        TensorFiles.write(x, TensorData.of(Tensor3.of(new Shape(1, 2, 2), new double[] {-1, 2, 0, 3})));
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-Djava.io.tmpdir=" + tmp,
                        "-Dprism.order=sw",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "render",
                        "--input",
                        x.toString(),
                        "--scale",
                        "1",
                        "--out",
                        dir.resolve("fig.png").toString()))
                .redirectError(err.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "render did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), stderr);
        assertTrue(Files.isRegularFile(dir.resolve("fig.png")));
        assertFalse(stderr.contains("Can not create cache"), stderr);
        assertTrue(Files.isDirectory(tmp.resolve(".openjfx_" + System.getProperty("user.name"))), "the cache moved");
    }
}
