package relulab.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortLiteralsTest {

    @Test
    void decimalsAndExponentsAreRoundedToSixSignificantDigits() {
        assertEquals(
                "x = [0.333333, -2.5e-9, 1e308, 0.3, -0.0]",
                ShortLiterals.of("x = [0.3333333333333333, -2.5E-9, 1.0E308, 0.30000000000000004, -0.0]"));
    }

    @Test
    void integersNamesAndIndicesStayAsTheyAre() {
        String matlab =
                "% x(r, c, d) is ReLU Lab's x[d-1, r-1, c-1]; size [H W D]\nx = zeros(4, 4, 2);\nx(:, :, 1) = [";
        assertEquals(matlab, ShortLiterals.of(matlab));
        assertEquals("[np.nan, -np.inf, 7.0]", ShortLiterals.of("[np.nan, -np.inf, 7.0]"));
    }

    @Test
    void largeNumbersTurnScientificBeyondSevenDigits() {
        assertEquals("1.23457e7", ShortLiterals.shorten("12345678.9"));
        assertEquals("123457.0", ShortLiterals.shorten("123456.789"));
    }
}
