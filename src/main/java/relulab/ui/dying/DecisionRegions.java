package relulab.ui.dying;

import relulab.core.Activation;
import relulab.train.Dataset;
import relulab.train.Mlp;

/**
 * The class a network gives every cell of a square grid over the data: the decision regions
 * drawn behind the points. The grid spans the data's bounding box plus a margin, {@value #CELLS}
 * cells a side; cell (r, c) is classified at its centre.
 */
record DecisionRegions(double minX, double maxX, double minY, double maxY, int[] classes) {

    static final int CELLS = 72;
    private static final double MARGIN = 0.25;

    DecisionRegions {
        classes = classes.clone();
    }

    /** The regions of {@code model} over the data's box. */
    static DecisionRegions of(Mlp model, Activation f, Dataset data) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            minX = Math.min(minX, data.x(i, 0));
            maxX = Math.max(maxX, data.x(i, 0));
            minY = Math.min(minY, data.x(i, 1));
            maxY = Math.max(maxY, data.x(i, 1));
        }
        minX -= MARGIN;
        maxX += MARGIN;
        minY -= MARGIN;
        maxY += MARGIN;
        double[] centres = new double[2 * CELLS * CELLS];
        for (int r = 0; r < CELLS; r++) {
            for (int c = 0; c < CELLS; c++) {
                int i = r * CELLS + c;
                centres[2 * i] = minX + (c + 0.5) * (maxX - minX) / CELLS;
                centres[2 * i + 1] = maxY - (r + 0.5) * (maxY - minY) / CELLS;
            }
        }
        return new DecisionRegions(minX, maxX, minY, maxY, model.predict(f, centres));
    }

    /** The class of cell (row, column); row 0 is at the top (largest y). */
    int classAt(int row, int column) {
        return classes[row * CELLS + column];
    }
}
