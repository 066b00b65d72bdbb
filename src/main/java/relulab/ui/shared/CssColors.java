package relulab.ui.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.paint.Color;

/**
 * The colours a node draws with on a canvas, taken from its stylesheet: one styleable property
 * per CSS name (e.g. {@code -relu-nan-color}), so a theme recolours canvases as it does
 * controls. One instance per class (static), holding the class's CSS metadata; each node keeps
 * its own properties in a {@link Table}.
 *
 * @param <S> the node class
 */
public final class CssColors<S extends Styleable> {

    private final StyleablePropertyFactory<S> factory;
    private final Function<S, Table> tableOf;

    /**
     * @param parentMetaData the CSS metadata of the node's superclass
     * @param tableOf        where a node keeps its colour properties
     */
    public CssColors(List<CssMetaData<? extends Styleable, ?>> parentMetaData, Function<S, Table> tableOf) {
        this.factory = new StyleablePropertyFactory<>(parentMetaData);
        this.tableOf = tableOf;
    }

    /** A new colour property of {@code node} named {@code cssName} in CSS, {@code initial} until styled. */
    public StyleableObjectProperty<Color> color(S node, Table table, String cssName, String initial) {
        @SuppressWarnings("unchecked")
        StyleableObjectProperty<Color> property = (StyleableObjectProperty<Color>) factory.createStyleableColorProperty(
                node, cssName, cssName, n -> tableOf.apply(n).properties.get(cssName), Color.web(initial));
        table.properties.put(cssName, property);
        return property;
    }

    /** The factory, for the class's other styleable properties (fonts). */
    public StyleablePropertyFactory<S> factory() {
        return factory;
    }

    /** The class's CSS metadata: its superclass's and every property made here. */
    public List<CssMetaData<? extends Styleable, ?>> metaData() {
        return factory.getCssMetaData();
    }

    /** One node's colour properties by CSS name. */
    public static final class Table {
        private final Map<String, StyleableObjectProperty<Color>> properties = new HashMap<>();
    }
}
