import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws ReLU Lab's icon, assets/icons/relu-lab.png: the ReLU curve max(0, x), flat in blue and
 * rising in red (the grids' palette), on a white rounded square.
 * Run from the repository's top: java src/packaging/MakeIcon.java
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        int n = 256;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0xf7f7f7));
        g.fill(new RoundRectangle2D.Double(8, 8, n - 16, n - 16, 56, 56));
        g.setColor(new Color(0x9a9a9a));
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Double(8, 8, n - 16, n - 16, 56, 56));
        g.setColor(new Color(0xc8c8c8));
        g.setStroke(new BasicStroke(5));
        g.drawLine(128, 40, 128, 216);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x2166ac));
        g.drawLine(44, 176, 128, 176);
        g.setColor(new Color(0xb2182b));
        Path2D up = new Path2D.Double();
        up.moveTo(128, 176);
        up.lineTo(212, 64);
        g.draw(up);
        g.dispose();
        ImageIO.write(img, "png", new File("assets/icons/relu-lab.png"));
    }
}
