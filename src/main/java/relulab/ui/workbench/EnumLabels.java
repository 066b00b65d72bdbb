package relulab.ui.workbench;

import javafx.util.StringConverter;
import relulab.ui.shared.text.Messages;

/**
 * The words of an enum's constants in a chooser: {@code <prefix>.<CONSTANT>} in the workbench's
 * bundle (e.g. {@code scope.PER_GRID}), looked up each time a constant is shown, so a chooser
 * shows the current language and no enum carries an English label.
 */
final class EnumLabels<E extends Enum<E>> extends StringConverter<E> {

    private static final Messages TEXT = Messages.of(EnumLabels.class);

    private final String prefix;

    private EnumLabels(String prefix) {
        this.prefix = prefix;
    }

    /** Shows each constant by its message {@code prefix.NAME}. */
    static <E extends Enum<E>> EnumLabels<E> of(String prefix) {
        return new EnumLabels<>(prefix);
    }

    /** The label of one constant. */
    static String label(String prefix, Enum<?> constant) {
        return TEXT.get(prefix + "." + constant.name());
    }

    @Override
    public String toString(E constant) {
        return constant == null ? "" : label(prefix, constant);
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("a chooser only shows its constants");
    }
}
