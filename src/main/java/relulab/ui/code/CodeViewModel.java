package relulab.ui.code;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import relulab.core.Activation;
import relulab.core.Tensor3;
import relulab.io.code.ChapterCode;
import relulab.io.code.LiteralLanguage;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.LabSnapshot;

/**
 * The code panel's state: for each language the forward and backward pass of the state's
 * activation (with its ReLU'(0)), what sets it apart from the chapter's code, and the current x and dout written as literals with ReLU Lab's
 * out and dx, or a note when the tensor is too large to print.
 */
public final class CodeViewModel {

    private final ReadOnlyObjectWrapper<LabSnapshot> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Map<LiteralLanguage, ReadOnlyStringWrapper> code = new EnumMap<>(LiteralLanguage.class);
    private final Map<LiteralLanguage, ReadOnlyStringWrapper> data = new EnumMap<>(LiteralLanguage.class);
    private final Map<LiteralLanguage, ReadOnlyStringWrapper> differences = new EnumMap<>(LiteralLanguage.class);
    private final ReadOnlyBooleanWrapper printable = new ReadOnlyBooleanWrapper(this, "printable");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption");
    private final ReadOnlyObjectWrapper<Activation> activation = new ReadOnlyObjectWrapper<>(this, "activation");

    /** Starts on {@code first}; {@link #show} moves it on. */
    public CodeViewModel(LabSnapshot first) {
        shown.set(first);
        activation.bind(Bindings.createObjectBinding(() -> shown.get().activation(), shown));
        printable.bind(Bindings.createBooleanBinding(
                () -> LiteralLanguage.fits(shown.get().x()), shown));
        caption.bind(Bindings.createStringBinding(this::describe, shown));
        for (LiteralLanguage language : LiteralLanguage.values()) {
            ReadOnlyStringWrapper c = new ReadOnlyStringWrapper(this, "code");
            c.bind(Bindings.createStringBinding(
                    () -> ChapterCode.code(language, shown.get().activation()), shown));
            code.put(language, c);
            ReadOnlyStringWrapper d = new ReadOnlyStringWrapper(this, "data");
            d.bind(dataBinding(language));
            data.put(language, d);
            ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "differences");
            diff.bind(Bindings.createStringBinding(
                    () -> CodeWords.differences(language, shown.get().activation()), shown));
            differences.put(language, diff);
        }
    }

    private StringBinding dataBinding(LiteralLanguage language) {
        // Asks fits() itself rather than the printable binding, whose turn to update may come later.
        return Bindings.createStringBinding(
                () -> {
                    LabSnapshot s = shown.get();
                    return LiteralLanguage.fits(s.x())
                            ? ChapterCode.data(language, s.x(), s.dout(), s.activation())
                            : language.comment(tooLarge(s.x()));
                },
                shown);
    }

    /** Shows the code and literals for {@code snapshot} from now on. */
    public void show(LabSnapshot snapshot) {
        shown.set(snapshot);
    }

    /** The forward and backward pass in {@code language}. */
    public ReadOnlyStringProperty codeProperty(LiteralLanguage language) {
        return code.get(language).getReadOnlyProperty();
    }

    /** Each difference between the chapter's code in {@code language} and the code shown, named. */
    public ReadOnlyStringProperty differencesProperty(LiteralLanguage language) {
        return differences.get(language).getReadOnlyProperty();
    }

    /** x, dout, out_lab and dx_lab as literals of {@code language}, or a comment saying why not. */
    public ReadOnlyStringProperty dataProperty(LiteralLanguage language) {
        return data.get(language).getReadOnlyProperty();
    }

    /** Whether the current tensors are small enough to print as literals. */
    public ReadOnlyBooleanProperty printableProperty() {
        return printable.getReadOnlyProperty();
    }

    /** The activation whose code is shown. */
    public ReadOnlyObjectProperty<Activation> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    /** What the data box holds, in a line. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /**
     * A whole program to paste into {@code language}: code, data and lines that print whether
     * the answers equal ReLU Lab's. Only the code when the tensors are too large to print.
     */
    public String script(LiteralLanguage language) {
        LabSnapshot s = shown.get();
        return printable.get()
                ? ChapterCode.script(language, s.x(), s.dout(), s.activation())
                : code.get(language).get();
    }

    private String describe() {
        Tensor3 x = shown.get().x();
        return printable.get()
                ? Messages.of(CodeViewModel.class)
                        .format("caption.data", x.shape().toString())
                : tooLarge(x);
    }

    private static String tooLarge(Tensor3 x) {
        return Messages.of(CodeViewModel.class)
                .format("too-large", x.shape().toString(), x.size(), LiteralLanguage.MAX_ELEMENTS);
    }
}
