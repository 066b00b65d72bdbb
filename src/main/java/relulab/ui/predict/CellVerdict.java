package relulab.ui.predict;

import relulab.ui.shared.grid.CellIndex;

/**
 * The check of one predicted cell.
 *
 * @param cell  where
 * @param right whether the prediction was right
 * @param why   for a wrong cell, one line saying what the answer is and why; empty when right
 */
public record CellVerdict(CellIndex cell, boolean right, String why) {}
