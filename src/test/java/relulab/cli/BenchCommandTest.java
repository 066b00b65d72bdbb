package relulab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code relu-lab bench}: the JSON form, the table, and one-line errors for a bad N. */
class BenchCommandTest {

    private static final List<String> NAMES = List.of(
            "copy",
            "relu-forward",
            "relu-backward",
            "leaky-relu-forward",
            "leaky-relu-backward",
            "elu-forward",
            "elu-backward",
            "gelu-forward",
            "gelu-backward",
            "gelu-tanh-forward",
            "gelu-tanh-backward",
            "silu-forward",
            "silu-backward",
            "softplus-forward",
            "softplus-backward",
            "sigmoid-forward",
            "sigmoid-backward",
            "tanh-forward",
            "tanh-backward");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ReluLabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void jsonListsElementsAndEveryKernelWithPositiveFigures() {
        assertEquals(0, run("bench", "--elements", "2048", "--json"));
        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(Set.of("elements", "results"), root.keySet());
        assertEquals(2048, root.get("elements").getAsInt());
        JsonArray results = root.getAsJsonArray("results");
        assertEquals(NAMES.size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonObject result = results.get(i).getAsJsonObject();
            assertEquals(Set.of("name", "ns_per_element", "gbps"), result.keySet());
            assertEquals(NAMES.get(i), result.get("name").getAsString());
            assertPositiveNumber(result.get("ns_per_element"));
            assertPositiveNumber(result.get("gbps"));
        }
        assertEquals("", err.toString());
    }

    @Test
    void tableShowsEveryKernelWithItsRatioToCopy() {
        assertEquals(0, run("bench", "--elements", "2048"));
        String table = out.toString();
        assertTrue(table.startsWith("2,048 elements per tensor"), table);
        assertTrue(table.contains("ns/element") && table.contains("GB/s") && table.contains("vs copy"), table);
        for (String name : NAMES) {
            assertTrue(table.lines().anyMatch(line -> line.startsWith(name + " ") && line.endsWith("\u00D7")), name);
        }
    }

    @Test
    void badElementCountsGiveOneLineAndExitTwo() {
        for (String bad : new String[] {"0", "-3", "abc", "99999999999", "2000000000"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(2, run("bench", "--elements", bad), bad);
            String message = err.toString();
            assertTrue(message.startsWith("relu-lab: "), message);
            assertEquals(1, message.lines().count(), message);
            assertEquals("", out.toString(), bad);
        }
    }

    private static void assertPositiveNumber(JsonElement element) {
        assertTrue(element.getAsJsonPrimitive().isNumber(), element.toString());
        assertTrue(element.getAsDouble() > 0, element.toString());
    }
}
