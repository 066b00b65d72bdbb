package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import relulab.testsupport.LabWindows;

/**
 * Chinese text shows real characters, not boxes: JavaFX finds a CJK font for the window's font.
 *
 * <p>JavaFX has no "can display" question, so the test asks the screen: a character no font has
 * is drawn as the missing-glyph box, the same picture as that of U+FFFF (a noncharacter no font
 * has), and a character the window cannot reach draws as that box or as nothing. Each
 * character of a Chinese line is drawn alone in the window's font family and compared with the
 * box. On Debian and Ubuntu the font is {@code fonts-noto-cjk}, which {@code .ci/run} installs.
 */
class CjkFontTest {

    /** Words the Chinese lessons use: learning rate, vanishing gradient, dead units. */
    private static final String CHINESE = "学习率梯度消失死亡单元";

    private static final String MISSING = "\uFFFF";
    private static final double SIZE = 24;

    @RegisterExtension
    final LabWindows windows = new LabWindows();

    @Test
    void everyChineseCharacterDrawsAGlyphOfItsOwnInTheWindowsFont() {
        String family = Font.getDefault().getFamily();
        List<String> boxes = LabWindows.onFx(() -> {
            int[] box = picture(MISSING, family);
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < CHINESE.length(); i++) {
                String c = CHINESE.substring(i, i + 1);
                int[] glyph = picture(c, family);
                if (Arrays.equals(glyph, box) || isBlank(glyph)) {
                    missing.add(c);
                }
            }
            return missing;
        });
        assertTrue(
                boxes.isEmpty(),
                () -> "no CJK font for \"" + family + "\": " + String.join("", boxes)
                        + " draw as boxes or nothing; install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk)");
    }

    /** The size of the text's picture, then its pixels (ARGB). */
    private static int[] picture(String text, String family) {
        Text t = new Text(text);
        t.setFont(Font.font(family, SIZE));
        WritableImage image = t.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h + 2];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 2, w);
        pixels[0] = w;
        pixels[1] = h;
        return pixels;
    }

    /** True when the picture has no ink: every pixel is the first one's colour. */
    private static boolean isBlank(int[] picture) {
        for (int i = 3; i < picture.length; i++) {
            if (picture[i] != picture[2]) {
                return false;
            }
        }
        return true;
    }
}
