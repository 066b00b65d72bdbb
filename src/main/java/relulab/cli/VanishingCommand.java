package relulab.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import relulab.core.Activation;
import relulab.io.MessageText;
import relulab.train.vanishing.DepthSettings;
import relulab.train.vanishing.GradientProfile;
import relulab.train.vanishing.InitChoice;
import relulab.train.vanishing.VanishingExperiment;

/**
 * {@code relu-lab vanishing --depth D --width W --seed S --init recommended|xavier|he
 * --input-scale K [--activations LIST] [--json]}: the vanishing-gradient lesson's numbers — for
 * sigmoid, tanh and ReLU by default, or any members of the family, the gradient norm at each
 * layer's input and the share of saturated units per layer — from the same code the window plots.
 */
public final class VanishingCommand extends CliCommand {

    VanishingCommand() {
        super(
                "vanishing",
                "Gradient norms layer by layer, from sigmoid to GELU",
                List.of("Sends a unit gradient down a deep stack of fully connected layers (no biases) and reports,"
                        + " for each activation (sigmoid, tanh and ReLU unless --activations says otherwise),"
                        + " the gradient norm at each layer's input (layer 1 first) and each layer's share of"
                        + " units with f'(z) < 0.1 (saturated; for ReLU: off on this input)."),
                List.of(
                        Opt.value("--depth", "D", "layers, 1 to 50 (default: {default})")
                                .withDefault("20"),
                        Opt.value("--width", "W", "units per layer, 2 to 512 (default: {default})")
                                .withDefault("256"),
                        Opt.value("--seed", "S", "seed of the weights, input and gradient (default: {default})")
                                .withDefault("1"),
                        Opt.value(
                                        "--init",
                                        "recommended|xavier|he",
                                        "recommended: sigmoid and tanh Xavier, ReLU and its family He; or one scheme"
                                                + " for all (default: {default})")
                                .withDefault("recommended"),
                        Opt.value(
                                        "--activations",
                                        "LIST",
                                        "comma-separated, from relu, leaky:A, elu:A, gelu, gelu:tanh, silu, softplus,"
                                                + " sigmoid, tanh; or all (sigmoid, tanh, relu, leaky, elu, gelu, silu,"
                                                + " softplus) (default: {default})")
                                .withDefault("sigmoid,tanh,relu"),
                        Opt.value(
                                        "--input-scale",
                                        "K",
                                        "the Gaussian input is multiplied by K, 1 to 100 (default: {default})")
                                .withDefault("1"),
                        Opt.flag("print one JSON object instead of a table", "--json")),
                List.of());
    }

    @Override
    int run(Args args, PrintWriter out, PrintWriter err) {
        DepthSettings settings = new DepthSettings(
                args.integer("--depth"),
                args.integer("--width"),
                args.choice("--init", InitChoice::parse),
                args.number("--input-scale"),
                args.whole("--seed"));
        List<Activation> activations;
        try {
            activations = VanishingExperiment.parseList(args.text("--activations"));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--activations: " + MessageText.line(e.getMessage()));
        }
        boolean json = args.flag("--json");
        List<GradientProfile> profiles;
        // The experiment reports no steps: the progress line says how long it has taken so far
        // (50 layers of 512 units take 3 to 12 s).
        String size =
                settings.depth() + " layer" + (settings.depth() == 1 ? "" : "s") + " of " + settings.width() + " units";
        try (TerminalProgress progress = TerminalProgress.onStderr("vanishing", size, err)) {
            progress.showTimeSoFar();
            profiles = VanishingExperiment.run(settings, activations);
        }
        out.println(json ? new GsonBuilder().create().toJson(toJson(settings, profiles)) : toTable(profiles));
        out.flush();
        return 0;
    }

    /** {@code {"depth": D, "activations": [{"name", "init", "grad_norm_by_layer", "saturated_share_by_layer"}, ...]}}. */
    static JsonObject toJson(DepthSettings settings, List<GradientProfile> profiles) {
        JsonObject root = new JsonObject();
        root.addProperty("depth", settings.depth());
        JsonArray activations = new JsonArray();
        for (GradientProfile p : profiles) {
            JsonObject a = new JsonObject();
            a.addProperty("name", p.activation());
            a.addProperty("init", p.init().name().toLowerCase(Locale.ROOT));
            a.add("grad_norm_by_layer", numbers(p.norms()));
            a.add("saturated_share_by_layer", numbers(p.saturatedShareByLayer()));
            activations.add(a);
        }
        root.add("activations", activations);
        return root;
    }

    private static String toTable(List<GradientProfile> profiles) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%-6s", "layer"));
        for (GradientProfile p : profiles) {
            t.append(String.format(
                    Locale.ROOT, "  %-26s", p.activation() + " (" + p.init().label() + ")"));
        }
        t.append(String.format(Locale.ROOT, "%n%-6s", ""));
        for (int i = 0; i < profiles.size(); i++) {
            t.append(String.format(Locale.ROOT, "  %-12s %-13s", "grad norm", "f'<0.1 share"));
        }
        t.append(System.lineSeparator());
        for (int l = 1; l <= profiles.get(0).depth(); l++) {
            t.append(String.format(Locale.ROOT, "%-6d", l));
            for (GradientProfile p : profiles) {
                t.append(String.format(
                        Locale.ROOT,
                        "  %-12.4g %-13s",
                        p.norm(l),
                        String.format(Locale.ROOT, "%.0f%%", 100 * p.saturatedShare(l))));
            }
            t.append(System.lineSeparator());
        }
        return t.toString().stripTrailing();
    }

    private static JsonArray numbers(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }
}
