package relulab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rules of {@link PseudoLocaleWalkTest}: which texts count as hard-coded, and which as cut. */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleWalkRulesTest {

    private Label roomy;
    private Label narrow;

    @Start
    void start(Stage stage) {
        roomy = new Label("[Ŝéţ ··]");
        narrow = new Label("[Ŝéţ ţĥé ĝŕáðîéñţ áţ žéŕö ·········]");
        roomy.relocate(0, 0);
        narrow.relocate(0, 40);
        narrow.setMaxWidth(60);
        narrow.resize(60, 20);
        stage.setScene(new Scene(new Pane(roomy, narrow), 300, 100));
        stage.show();
    }

    @Test
    void numbersShapesAndPseudoTextPassAndPlainWordsDoNot() {
        Map<String, String> flagged = new LinkedHashMap<>();
        for (String text : List.of(
                "[Ŝéţ ··]",
                "3×4×4",
                "−3e−3",
                "1.5E+20",
                "NaN",
                "-inf",
                "Infinity",
                "nan",
                "0.25",
                "Open",
                "[Ŝéţ] x",
                "inference")) {
            PseudoLocaleWalkTest.check(text, "here", flagged);
        }
        assertEquals(List.of("Open", "[Ŝéţ] x", "inference"), List.copyOf(flagged.keySet()));
    }

    @Test
    void aLabelThatCutsItsTextIsFlaggedAndOneWithRoomIsNot(FxRobot robot) {
        Set<String> cut = new LinkedHashSet<>();
        robot.interact(() -> {
            narrow.resize(60, 20);
            narrow.layout();
            PseudoLocaleWalkTest.checkNotCut(roomy, "roomy", cut);
            PseudoLocaleWalkTest.checkNotCut(narrow, "narrow", cut);
        });
        assertEquals(1, cut.size(), cut.toString());
        assertEquals(true, cut.iterator().next().startsWith("narrow: cut to"), cut.toString());
    }
}
