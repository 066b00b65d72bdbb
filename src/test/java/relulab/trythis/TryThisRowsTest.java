package relulab.trythis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How rows are found: only the "- " lines of the section in the place of the English "Things to try". */
class TryThisRowsTest {

    private static final String ENGLISH = """
            # Help: A lesson
            ## What it shows
            - not a row: another section's bullet
            ## Things to try
            - first row
            - second row
            text between rows is not a row
            ## Keys
            - not a row either
            """;

    private static final String TRANSLATED = """
            # Ajuda: Uma lição
            ## O que mostra
            - não é uma linha
            ## O que experimentar
            - primeira linha
            - segunda linha
            ## Teclas
            """;

    @Test
    void theRowsAreTheBulletsOfTheThingsToTrySection() {
        int section = TryThisRows.trySection(ENGLISH);
        assertEquals(1, section);
        assertEquals(List.of("first row", "second row"), TryThisRows.rowsOfSection(ENGLISH, section));
    }

    @Test
    void aTranslationIsReadAtThePlaceOfTheEnglishSection() {
        assertEquals(
                List.of("primeira linha", "segunda linha"),
                TryThisRows.rowsOfSection(TRANSLATED, TryThisRows.trySection(ENGLISH)));
    }

    @Test
    void aPageWithoutThingsToTryHasNoRows() {
        assertEquals(-1, TryThisRows.trySection("# Help\n## What it shows\n- a bullet\n"));
    }

    @Test
    void pathRowsAreNamedByStepAndNumber() {
        assertEquals(
                "Hover over a negative cell of x \u2192 out is 0 there, the zeroed grid hatches it, and the line under"
                        + " the grids says out = max(0, x) = 0",
                TryThisRows.pathRows().get("path.forward.1"));
    }
}
