package relulab.io.image;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the program's sample picture, {@code assets/images/sample.png}: a house with a dark
 * roof, a door and a window, a tree and a sun with rays, over a sky and the ground. Nothing can
 * be downloaded for the project, so it makes its own picture; the shapes give edges in every
 * direction (the sun's disc), diagonals (the roof, the rays) and straight ones (walls, horizon).
 *
 * <p>Every pixel is the mean of 4×4 samples of an exact geometric scene (anti-aliasing), using
 * only arithmetic and {@link StrictMath}, so the same file comes out on every machine; a test
 * checks that the committed PNG is what this class draws. Regenerate with
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/test-classes relulab.io.image.SampleScene assets/images/sample.png
 * </pre>
 */
public final class SampleScene {

    /** The picture's side in pixels. */
    public static final int SIZE = 64;

    private static final int SAMPLES = 4;
    /** The sky is flat, so the filters give exactly 0 there: ReLU's "already zero" cells. */
    private static final double SKY = 0.80;

    private static final double HORIZON = 0.80;
    private static final double GROUND = 0.38;
    private static final double SUN = 1.0;
    private static final double TRUNK = 0.22;
    private static final double CROWN = 0.50;
    private static final double WALL = 0.62;
    private static final double ROOF = 0.15;
    private static final double DOOR = 0.30;
    private static final double WINDOW = 0.95;

    private SampleScene() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SampleScene <output.png>");
        }
        File out = new File(args[0]);
        if (!ImageIO.write(image(), "png", out)) {
            throw new IOException("no PNG writer");
        }
    }

    /** The picture as an 8-bit gray image. */
    public static BufferedImage image() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = levels();
        image.getRaster().setSamples(0, 0, SIZE, SIZE, 0, levels);
        return image;
    }

    /** The gray levels 0–255, row-major. */
    public static int[] levels() {
        int[] levels = new int[SIZE * SIZE];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                double sum = 0;
                for (int i = 0; i < SAMPLES; i++) {
                    for (int j = 0; j < SAMPLES; j++) {
                        double y = (r + (i + 0.5) / SAMPLES) / SIZE;
                        double x = (c + (j + 0.5) / SAMPLES) / SIZE;
                        sum += brightness(x, y);
                    }
                }
                levels[r * SIZE + c] = (int) Math.round(255 * sum / (SAMPLES * SAMPLES));
            }
        }
        return levels;
    }

    /** The scene at (x, y) in [0, 1]², x to the right, y down; later shapes cover earlier ones. */
    static double brightness(double x, double y) {
        double value = y < HORIZON ? SKY : GROUND;
        if (isSun(x, y)) {
            value = SUN;
        }
        if (inBox(x, y, 0.135, 0.185, 0.58, 0.86)) {
            value = TRUNK;
        }
        if (inEllipse(x, y, 0.16, 0.50, 0.12, 0.14)) {
            value = CROWN;
        }
        if (inBox(x, y, 0.45, 0.86, 0.52, 0.86)) {
            value = WALL;
        }
        if (inRoof(x, y)) {
            value = ROOF;
        }
        if (inBox(x, y, 0.60, 0.70, 0.66, 0.86)) {
            value = DOOR;
        }
        if (inBox(x, y, 0.73, 0.83, 0.57, 0.67)
                && !inBox(x, y, 0.77, 0.79, 0.57, 0.67)
                && !inBox(x, y, 0.73, 0.83, 0.61, 0.63)) {
            value = WINDOW;
        }
        return value;
    }

    /** A disc with twelve rays around it. */
    private static boolean isSun(double x, double y) {
        double cx = 0.80;
        double cy = 0.18;
        double dx = x - cx;
        double dy = y - cy;
        double distance = StrictMath.sqrt(dx * dx + dy * dy);
        if (distance <= 0.085) {
            return true;
        }
        if (distance < 0.11 || distance > 0.16) {
            return false;
        }
        for (int k = 0; k < 12; k++) {
            double angle = k * StrictMath.PI / 6 + 0.13;
            double across = -dx * StrictMath.sin(angle) + dy * StrictMath.cos(angle);
            double along = dx * StrictMath.cos(angle) + dy * StrictMath.sin(angle);
            if (along > 0 && Math.abs(across) < 0.011) {
                return true;
            }
        }
        return false;
    }

    /** A triangle from the eaves (0.41 … 0.90 at y = 0.52) up to the ridge at (0.655, 0.27). */
    private static boolean inRoof(double x, double y) {
        double ridgeX = 0.655;
        double ridgeY = 0.27;
        double eaves = 0.52;
        double halfBase = 0.245;
        if (y < ridgeY || y > eaves) {
            return false;
        }
        return Math.abs(x - ridgeX) <= halfBase * (y - ridgeY) / (eaves - ridgeY);
    }

    private static boolean inBox(double x, double y, double left, double right, double top, double bottom) {
        return x >= left && x < right && y >= top && y < bottom;
    }

    private static boolean inEllipse(double x, double y, double cx, double cy, double rx, double ry) {
        double u = (x - cx) / rx;
        double v = (y - cy) / ry;
        return u * u + v * v <= 1;
    }
}
