package relulab.ui.dying;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import relulab.train.Autopsy;
import relulab.ui.shared.text.Messages;

/**
 * The "Autopsy of a dead unit" view: the step at which the chosen unit died for good and the
 * update that did it — for a layer-1 unit, its line {@code w·x + b = 0} over the data before
 * (solid) and after (red, dashed) that step — with the range of its pre-activation before and
 * after and the size of the update beside the weights. "Previous death" and "Next death" walk the
 * run's deaths in the order they happened. The words are {@link AutopsySentences}'.
 */
final class AutopsyPane extends VBox {

    private static final Messages WORDS = Messages.of(AutopsyPane.class);

    private final DyingViewModel vm;
    private final Label position = new Label();
    private final Label head = new Label();
    private final Label ranges = new Label();
    private final Label update = new Label();
    private final Label picture = new Label();
    private final DecisionView data = new DecisionView(300);
    private final Button previous = new Button(WORDS.get("autopsy.previous"));
    private final Button next = new Button(WORDS.get("autopsy.next"));

    AutopsyPane(DyingViewModel vm) {
        super(6);
        this.vm = vm;
        setId("dying-autopsy");
        previous.setId("dying-autopsy-previous");
        next.setId("dying-autopsy-next");
        head.setId("dying-autopsy-head");
        previous.setOnAction(e -> vm.autopsy().previous());
        next.setOnAction(e -> vm.autopsy().next());
        // A flow, so that long button names take a second row rather than cut one another.
        FlowPane walk = new FlowPane(8, 4, previous, next, position);
        walk.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("step-text");
        for (Label text : List.of(head, ranges, update, picture)) {
            text.setWrapText(true);
            text.setMinHeight(Label.USE_PREF_SIZE);
        }
        VBox words = new VBox(6, head, ranges, update, picture);
        words.setPrefWidth(360);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox.setHgrow(data, Priority.ALWAYS);
        HBox body = new HBox(12, words, data);
        ScrollPane scroll = ViewScroll.around(body);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(walk, scroll);
        setPadding(new Insets(8, 0, 0, 0));
        vm.autopsy().shownProperty().addListener((o, was, now) -> show());
        vm.runProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        AutopsyShown s = vm.autopsy().shownProperty().get();
        int deaths = vm.autopsy().deathCount();
        previous.setDisable(deaths == 0 || s == null || s.index() == 0);
        next.setDisable(deaths == 0 || (s != null && s.index() == s.count() - 1));
        if (s == null) {
            position.setText("");
            head.setText(AutopsySentences.prompt(vm.runProperty().get(), deaths));
            for (Label text : List.of(ranges, update, picture)) {
                text.setText("");
            }
            data.setVisible(false);
            return;
        }
        Autopsy a = s.autopsy();
        position.setText(AutopsySentences.position(s));
        head.setText(AutopsySentences.head(a));
        ranges.setText(AutopsySentences.ranges(a));
        update.setText(AutopsySentences.update(a));
        picture.setText(AutopsySentences.picture(a));
        data.setVisible(true);
        if (a.death().layer() == 0) {
            data.showUpdate(
                    vm.runProperty().get().data(),
                    s.regions(),
                    a.before(),
                    a.after(),
                    a.death().unit());
        } else {
            data.show(vm.runProperty().get().data(), s.regions(), null, null);
        }
    }
}
