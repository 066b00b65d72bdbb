package relulab.ui.shared.grid;

import java.util.List;
import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import relulab.ui.shared.CssColors;

/**
 * A {@link TensorGrid}'s looks as its stylesheet gives them: one styleable property per CSS name
 * (see the grid's Javadoc for the names), and what the grid derives from them — the resolved
 * {@link GridStyle}, the caption strip's height, the font numbers are printed in and the smallest
 * cell that prints them.
 */
final class GridLooks {

    static final CssColors<TensorGrid> CSS = new CssColors<>(Region.getClassCssMetaData(), g -> g.looks().colors);

    private final CssColors.Table colors = new CssColors.Table();
    private final StyleableObjectProperty<Font> cellFont;
    private final StyleableObjectProperty<Font> captionFont;
    /** No number is printed smaller than this font: in presentation mode, the body text's. */
    private final StyleableObjectProperty<Font> smallestNumber;

    private final StyleableObjectProperty<Color> captionColor;
    private final StyleableObjectProperty<Color> emptyColor;
    private final StyleableObjectProperty<Color> hatchColor;
    private final StyleableObjectProperty<Color> markColor;
    private final StyleableObjectProperty<Color> hoverColor;
    private final StyleableObjectProperty<Color> selectionColor;
    private final StyleableObjectProperty<Color> cueColor;
    private final StyleableObjectProperty<Color> darkInk;
    private final StyleableObjectProperty<Color> lightInk;
    private final StyleableObjectProperty<Color> nanColor;

    GridLooks(TensorGrid grid) {
        cellFont = font(grid, "cellFont", "-relu-cell-font", 14, g -> g.looks().cellFont);
        captionFont = font(grid, "captionFont", "-relu-caption-font", 12, g -> g.looks().captionFont);
        smallestNumber = font(
                grid,
                "smallestNumber",
                "-relu-smallest-number-font",
                GridPainter.MIN_TEXT_SIZE,
                g -> g.looks().smallestNumber);
        captionColor = CSS.color(grid, colors, "-relu-caption-color", "#333333");
        emptyColor = CSS.color(grid, colors, "-relu-empty-color", "#ececec");
        hatchColor = CSS.color(grid, colors, "-relu-hatch-color", "#00000080");
        markColor = CSS.color(grid, colors, "-relu-mark-color", "#000000");
        hoverColor = CSS.color(grid, colors, "-relu-hover-color", "#000000");
        selectionColor = CSS.color(grid, colors, "-relu-selection-color", "#ff9f1c");
        cueColor = CSS.color(grid, colors, "-relu-cue-color", "#d81b60");
        darkInk = CSS.color(grid, colors, "-relu-dark-ink", "#111111");
        lightInk = CSS.color(grid, colors, "-relu-light-ink", "#ffffff");
        nanColor = CSS.color(grid, colors, "-relu-nan-color", "#8f8f8f");
    }

    private static StyleableObjectProperty<Font> font(
            TensorGrid grid,
            String name,
            String cssName,
            double size,
            java.util.function.Function<TensorGrid, javafx.css.StyleableProperty<Font>> of) {
        return (StyleableObjectProperty<Font>)
                CSS.factory().createStyleableFontProperty(grid, name, cssName, of, Font.font(size));
    }

    static List<CssMetaData<? extends Styleable, ?>> metaData() {
        return CSS.metaData();
    }

    /** The properties that change only how the cells are painted. */
    List<Observable> paintOnly() {
        return List.of(
                captionColor,
                emptyColor,
                hatchColor,
                markColor,
                hoverColor,
                selectionColor,
                cueColor,
                darkInk,
                lightInk,
                nanColor);
    }

    /** The properties that change the cells' layout: the fonts. */
    List<Observable> layoutChanging() {
        return List.of(cellFont, captionFont, smallestNumber);
    }

    GridStyle style() {
        return new GridStyle(
                captionColor.get(),
                emptyColor.get(),
                hatchColor.get(),
                markColor.get(),
                hoverColor.get(),
                selectionColor.get(),
                cueColor.get(),
                darkInk.get(),
                lightInk.get(),
                cellFont.get(),
                captionFont.get());
    }

    int nanArgb() {
        return GridPainter.argb(nanColor.get());
    }

    /** The height of the caption strip above each slice. */
    int captionHeight() {
        return (int) Math.ceil(captionFont.get().getSize() * 1.5);
    }

    /** The font numbers are printed in at cells of {@code cell} pixels, or null when they are not printed. */
    Font numberFont(int cell) {
        return GridPainter.numberFont(cellFont.get(), smallestNumber.get().getSize(), cell);
    }

    /** The smallest cell that prints numbers. */
    int legibleCell() {
        return GridPainter.legibleCell(cellFont.get(), smallestNumber.get().getSize());
    }
}
