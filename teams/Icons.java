import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws the Teams app's icons, so no image is downloaded or hand-made: a speech bubble with a check mark
 * ("an approved reply"). color.png is 192x192 on the accent colour; outline.png is 32x32, white on
 * transparent, as Teams requires. Run from the repository root: {@code java teams/Icons.java}.
 */
public class Icons {
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);

    public static void main(String[] args) throws IOException {
        String dir = args.length > 0 ? args[0] : "teams";
        ImageIO.write(color(192), "png", new File(dir, "color.png"));
        ImageIO.write(outline(32), "png", new File(dir, "outline.png"));
    }

    static BufferedImage color(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(ACCENT);
        g.fillRect(0, 0, size, size);
        double s = size / 32.0;
        g.setColor(Color.WHITE);
        g.fill(bubble(s));
        g.setColor(ACCENT);
        g.setStroke(new BasicStroke((float) (2.6 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check(s));
        g.dispose();
        return img;
    }

    static BufferedImage outline(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        double s = size / 32.0;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bubble(s));
        g.draw(check(s));
        g.dispose();
        return img;
    }

    /** The bubble on a 32-unit grid: a rounded box with a tail at the lower left. */
    static java.awt.Shape bubble(double s) {
        Path2D p = new Path2D.Double(new RoundRectangle2D.Double(5 * s, 6 * s, 22 * s, 16 * s, 7 * s, 7 * s));
        Path2D tail = new Path2D.Double();
        tail.moveTo(9 * s, 21 * s);
        tail.lineTo(8 * s, 27 * s);
        tail.lineTo(15 * s, 21.5 * s);
        tail.closePath();
        java.awt.geom.Area a = new java.awt.geom.Area(p);
        a.add(new java.awt.geom.Area(tail));
        return a;
    }

    static java.awt.Shape check(double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(11 * s, 14.5 * s);
        p.lineTo(14.5 * s, 18 * s);
        p.lineTo(21 * s, 10.5 * s);
        return p;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
