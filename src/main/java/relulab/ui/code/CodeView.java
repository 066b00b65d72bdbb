package relulab.ui.code;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import relulab.io.code.ChapterListing;
import relulab.io.code.LiteralLanguage;
import relulab.ui.lesson.PresentationRoles;
import relulab.ui.shared.text.Messages;
import relulab.ui.state.DisplaySettings;

/**
 * The code panel: Python/NumPy and MATLAB/Octave side by side, each with the chapter's ReLU code
 * exactly as printed, then the layer's forward and backward pass in ReLU Lab's exact form (the
 * state's activation's own code) with each difference from the chapter named, both highlighted
 * (always whole), the current tensors as literals below —
 * wrapped, with {@value ShortLiterals#DIGITS} significant digits — and copy buttons that give the
 * exact text. Sizes are in em (code.css), so presentation mode scales the code too.
 */
public final class CodeView extends BorderPane {

    private final CodeViewModel viewModel;
    private final Label status = new Label();
    private final Messages messages = Messages.of(CodeView.class);
    private final DisplaySettings display;

    /** @param display presentation mode folds the introduction and the differences away: the code is the picture */
    public CodeView(CodeViewModel viewModel, DisplaySettings display) {
        this.viewModel = viewModel;
        this.display = display;
        Label title = new Label(messages.get("title"));
        title.getStyleClass().add("lesson-title");
        Label intro = new Label();
        intro.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> CodeWords.of(
                                "intro", viewModel.activationProperty().get()),
                        viewModel.activationProperty()));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("lesson-text");
        PresentationRoles.explanation(intro, display);
        status.setId("code-status");
        status.getStyleClass().add("status");
        setTop(new VBox(6, title, intro));

        GridPane columns = new GridPane();
        columns.setHgap(20);
        int col = 0;
        for (LiteralLanguage language : LiteralLanguage.values()) {
            VBox column = column(language);
            GridPane.setHgrow(column, Priority.ALWAYS);
            GridPane.setVgrow(column, Priority.ALWAYS);
            columns.add(column, col++, 0);
        }
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        columns.setPadding(new Insets(10, 0, 0, 0));
        // On a short window the page scrolls rather than cutting the code.
        ScrollPane page = new ScrollPane(columns);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("code-page");
        setCenter(page);
        setBottom(status);

        setPadding(new Insets(14, 20, 10, 20));
        getStyleClass().add("code-view");
        getStylesheets().add(CodeView.class.getResource("code.css").toExternalForm());
    }

    private VBox column(LiteralLanguage language) {
        String key = language.name().toLowerCase(java.util.Locale.ROOT);
        String title = messages.get("language." + key);
        Label name = new Label(title);
        name.getStyleClass().add("language");
        // A flow, not a row: in a long language on a small window the buttons go under the name
        // rather than cutting it or themselves.
        FlowPane header = new FlowPane(
                8,
                6,
                name,
                copyButton("code", key, title, viewModel.codeProperty(language)::get),
                copyButton("all", key, title, () -> viewModel.script(language)));
        header.setAlignment(Pos.CENTER_LEFT);

        CodeFlow chapter = new CodeFlow(language);
        chapter.setId(key + "-chapter-code");
        chapter.getStyleClass().addAll("code", "code-scroll", "chapter-code");
        chapter.setMinHeight(Region.USE_PREF_SIZE);
        chapter.show(ChapterListing.code(language));
        PresentationRoles.picture(chapter);
        Label ours = new Label();
        ours.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> CodeWords.of(
                                "ours", viewModel.activationProperty().get()),
                        viewModel.activationProperty()));
        ours.getStyleClass().add("code-heading");
        ours.setWrapText(true);
        ours.setMinHeight(Region.USE_PREF_SIZE);

        CodeFlow code = new CodeFlow(language);
        code.setId(key + "-code");
        code.getStyleClass().addAll("code", "code-scroll");
        // The whole code, never cut: it takes the height it needs and the data box below gives way.
        code.setMinHeight(Region.USE_PREF_SIZE);
        code.show(viewModel.codeProperty(language).get());
        PresentationRoles.picture(code);
        viewModel.codeProperty(language).addListener((obs, old, now) -> code.show(now));
        Label differences = new Label();
        differences.setId(key + "-differences");
        differences.textProperty().bind(viewModel.differencesProperty(language));
        differences.setWrapText(true);
        differences.setMinHeight(Region.USE_PREF_SIZE);
        differences.getStyleClass().add("differences");
        PresentationRoles.explanation(differences, display);

        Label caption = new Label();
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format(
                                "caption.digits", viewModel.captionProperty().get(), ShortLiterals.DIGITS),
                        viewModel.captionProperty()));
        TextArea data = new TextArea();
        data.setId(key + "-data");
        data.setEditable(false);
        data.setWrapText(true);
        data.setMinHeight(90);
        data.getStyleClass().add("data");
        data.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> ShortLiterals.of(viewModel.dataProperty(language).get()),
                        viewModel.dataProperty(language)));
        VBox.setVgrow(data, Priority.ALWAYS);
        Button copyData = copyButton("data", key, title, viewModel.dataProperty(language)::get);
        copyData.disableProperty().bind(viewModel.printableProperty().not());
        copyData.setMinWidth(Region.USE_PREF_SIZE);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox dataHeader = new HBox(8, caption, gap2, copyData);
        dataHeader.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caption, Priority.SOMETIMES);

        Label chapterHeading = new Label(messages.get("chapter"));
        chapterHeading.getStyleClass().add("code-heading");
        return new VBox(8, header, chapterHeading, chapter, ours, code, differences, dataHeader, data);
    }

    /**
     * A button that puts {@code content}'s text on the clipboard and says so: "Copy code", "Copy
     * all" or "Copy data" ({@code what}) of one language, with id {@code <language>-copy-<what>}.
     */
    private Button copyButton(String what, String languageKey, String languageTitle, Supplier<String> content) {
        Button button = new Button(messages.get("copy." + what));
        button.setId(languageKey + "-copy-" + what);
        button.setOnAction(e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(content.get());
            Clipboard.getSystemClipboard().setContent(clip);
            status.setText(messages.format("copied." + what, languageTitle));
        });
        return button;
    }
}
