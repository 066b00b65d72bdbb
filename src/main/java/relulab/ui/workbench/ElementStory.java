package relulab.ui.workbench;
import relulab.core.*;
import relulab.io.NumberText;
public final class ElementStory {
  public static String describe(int d, int r, int c, double x, double dout, GradientAtZero atZero) {
    double out = Math.max(0, x); double dx = Relu.withGradientAtZero(atZero).backward(x, dout);
    return "x[" + d + "," + r + "," + c + "] = " + NumberText.forDisplay(x, 3) + " → out = " + NumberText.forDisplay(out, 3) + "; dout = " + NumberText.forDisplay(dout, 3) + " → dx = " + NumberText.forDisplay(dx, 3);
  }
}
