package relulab.ui.shared;

import java.util.function.Consumer;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.util.StringConverter;
import relulab.core.NumberGrammar;
import relulab.io.MessageText;
import relulab.ui.shared.text.Messages;

/**
 * An editable spinner of whole numbers from {@code min} to {@code max} that refuses bad text.
 *
 * <p>JavaFX's own converter throws a {@code NumberFormatException} on the FX thread when Enter
 * is pressed over text such as {@code 41[[1,2],[3,4]]}, and the bad text stays in the field.
 * Here the text is read by the program's number grammar; text that is not a whole number in
 * range is refused with a message to {@code onRefused} (e.g. the lesson's status line), and the
 * field shows the last good value again. Every editable spinner of the program is made here.
 */
public final class WholeNumberSpinner {

    private WholeNumberSpinner() {}

    /**
     * A spinner of whole numbers that refuses what is not one, saying why.
     *
     * @param name      what the number is, for messages ("Depth", "Seed")
     * @param onRefused receives the one-line reason when typed text is refused
     */
    public static Spinner<Integer> create(String name, int min, int max, int initial, Consumer<String> onRefused) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, initial);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer kept = spinner.getValue();
                String refusal = refusal(name, text == null ? "" : text, min, max, kept);
                if (refusal == null) {
                    return (int) NumberGrammar.parse(text);
                }
                onRefused.accept(refusal);
                spinner.getEditor().setText(toString(kept));
                return kept;
            }
        });
        return spinner;
    }

    /** Why {@code text} is not a whole number from min to max, or null when it is one. */
    static String refusal(String name, String text, int min, int max, Integer kept) {
        String key;
        try {
            double v = NumberGrammar.parse(text);
            if (v != Math.rint(v) || Double.isInfinite(v)) {
                key = "spinner.notWhole";
            } else if (v < min || v > max) {
                key = "spinner.outOfRange";
            } else {
                return null;
            }
        } catch (NumberFormatException e) {
            key = "spinner.notANumber";
        }
        // The numbers as the field writes them (no grouping), like the typed text they answer.
        return Messages.of(WholeNumberSpinner.class)
                .format(
                        key,
                        name,
                        MessageText.quote(text.strip()),
                        String.valueOf(kept),
                        Integer.toString(min),
                        Integer.toString(max));
    }
}
