package relulab.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import relulab.io.MessageText;
import relulab.io.OutputSet;
import relulab.io.TensorFileException;
import relulab.train.DatasetKind;
import relulab.train.LearningRateSweep;
import relulab.train.SweepRun;
import relulab.train.Trainer;
import relulab.train.TrainingConfig;
import relulab.train.TrainingRun;

/**
 * {@code relu-lab dying --lr LR ...}: trains the lab's MLP and reports how many of its ReLU
 * units died — hidden units whose pre-activation is ≤ 0 on every training point, which SGD
 * can never bring back.
 */
public final class DyingCommand extends CliCommand {

    /** The most rates and seeds a sweep takes: 200 × 20 runs already take minutes. */
    static final int MAX_SWEEP_RATES = 200;

    static final int MAX_SWEEP_SEEDS = 20;

    DyingCommand() {
        super(
                "dying",
                "Trains an MLP with SGD and counts its dead ReLU units",
                List.of(
                        "Trains a small MLP with SGD and counts its dead ReLU units: hidden units whose"
                                + " pre-activation is <= 0 on every training point.",
                        "A diverged run (loss no longer finite) reports its last finite step; in --json its"
                                + " final_loss is that step's loss and diverged_at_step says where it stopped.",
                        "With --sweep: trains at --rates learning rates from --min-lr to --max-lr (evenly on a log"
                                + " scale), each with --seeds seeds (--seed, --seed + 1, ...), on every core; --lr is"
                                + " not used.",
                        "ELU, GELU, SiLU and Softplus have no flat side, so their units are never dead: they are"
                                + " counted as nearly dead when |f'(z)| < 0.001 on every training point."),
                List.of(
                        Opt.value("--lr", "LR", "learning rate, > 0 (required without --sweep)"),
                        Opt.flag("train at many learning rates and seeds and report every run", "--sweep"),
                        Opt.value("--rates", "N", "with --sweep: how many learning rates (default: {default})")
                                .withDefault("25"),
                        Opt.value("--seeds", "N", "with --sweep: seeds per rate (default: {default})")
                                .withDefault("3"),
                        Opt.value("--min-lr", "LR", "with --sweep: the lowest rate (default: {default})")
                                .withDefault("0.001"),
                        Opt.value("--max-lr", "LR", "with --sweep: the highest rate (default: {default})")
                                .withDefault("10"),
                        Opt.value("--steps", "N", "SGD steps (default: {default})")
                                .withDefault("300"),
                        Opt.value("--seed", "S", "seed of the data, weights and batches (default: {default})")
                                .withDefault("1"),
                        Opt.value("--layers", "N", "hidden layers (default: {default})")
                                .withDefault("2"),
                        Opt.value("--width", "N", "units per hidden layer (default: {default})")
                                .withDefault("64"),
                        Opt.value(
                                        "--activation",
                                        "F",
                                        "hidden activation: relu (the default), leaky:SLOPE (leaky is slope 0.01),"
                                                + " elu:A, gelu, gelu:tanh, silu or softplus")
                                .withDefault("relu"),
                        Opt.value(
                                        "--dataset",
                                        "spiral|circles|xor|gaussians",
                                        "training data, 300 points (default: {default})")
                                .withDefault("spiral"),
                        Opt.value("--batch", "N", "minibatch size; 0 = full batch (default)")
                                .withDefault("0"),
                        Opt.value("--momentum", "MU", "momentum in [0, 1) (default: 0, plain SGD)")
                                .withDefault("0"),
                        Opt.flag("print one JSON object instead of text", "--json"),
                        Opt.value(
                                "--dump",
                                "FILE.json",
                                "write X, y, every layer's W and b, and the dead units' indices")),
                List.of());
    }

    @Override
    int run(Args args, PrintWriter out, PrintWriter err) throws IOException {
        if (args.flag("--sweep")) {
            return sweep(args, out, err);
        }
        if (args.text("--lr") == null) {
            throw new UsageError("--lr is required (or give --sweep)");
        }
        TrainingConfig config = config(args, args.number("--lr"));
        Path dump = args.path("--dump");
        if (dump != null) {
            requireWritable(dump);
        }
        TrainingRun run;
        try (TerminalProgress progress = TerminalProgress.onStderr("dying", "steps", err)) {
            long[] step = {0};
            // Trainer asks "cancelled?" once before every step: the step count, for the progress line.
            run = Trainer.train(config, config.dataset().generate(config.seed()), () -> {
                progress.update(step[0]++, config.steps());
                return false;
            });
        }
        Gson gson = new GsonBuilder().serializeNulls().create();
        if (dump != null) {
            writeAtomically(dump, gson.toJson(DyingJson.dump(run)));
        }
        if (args.flag("--json")) {
            out.println(gson.toJson(DyingJson.summary(run)));
        } else {
            DyingText.print(run, out);
            if (dump != null) {
                out.println("Model written to " + MessageText.quote(dump.toString()));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * {@code --sweep}: every run of the sweep, rate by rate and seed by seed, with the share of
     * all their training steps done as progress (4.5 s by default, more with longer runs).
     */
    private int sweep(Args args, PrintWriter out, PrintWriter err) {
        if (args.text("--dump") != null) {
            throw new UsageError("--dump writes one run's model, not a sweep");
        }
        int rates = args.integer("--rates");
        int seeds = args.integer("--seeds");
        if (rates < 1 || rates > MAX_SWEEP_RATES) {
            throw new IllegalArgumentException("--rates must be 1 to " + MAX_SWEEP_RATES + ", got " + rates);
        }
        if (seeds < 1 || seeds > MAX_SWEEP_SEEDS) {
            throw new IllegalArgumentException("--seeds must be 1 to " + MAX_SWEEP_SEEDS + ", got " + seeds);
        }
        double min = args.number("--min-lr");
        double max = args.number("--max-lr");
        TrainingConfig base = config(args, min);
        config(args, max);
        if (!(max >= min)) {
            throw new IllegalArgumentException("--max-lr (" + MessageText.quote(args.text("--max-lr"))
                    + ") must not be below --min-lr (" + MessageText.quote(args.text("--min-lr")) + ")");
        }
        double[] lrs = LearningRateSweep.rates(min, max, rates);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "dying-sweep");
            t.setDaemon(true);
            return t;
        });
        List<SweepRun> runs;
        long total = (long) rates * seeds * base.steps();
        AtomicLong steps = new AtomicLong();
        try (TerminalProgress progress = TerminalProgress.onStderr("dying --sweep", "training steps", err)) {
            // Every run asks "cancelled?" once before each of its steps, on whichever thread trains it.
            runs = LearningRateSweep.runAll(base, lrs, seeds, pool, () -> {
                progress.update(steps.incrementAndGet(), total);
                return false;
            });
        } finally {
            pool.shutdownNow();
        }
        if (args.flag("--json")) {
            out.println(new GsonBuilder().create().toJson(DyingJson.sweep(runs)));
        } else {
            DyingText.printSweep(runs, out);
        }
        out.flush();
        return 0;
    }

    private static TrainingConfig config(Args args, double lr) {
        return new TrainingConfig(
                args.choice("--dataset", DatasetKind::parse),
                args.integer("--layers"),
                args.integer("--width"),
                ActivationOption.parse(args.text("--activation")),
                lr,
                args.integer("--steps"),
                args.whole("--seed"),
                args.integer("--batch"),
                args.number("--momentum"));
    }

    /**
     * Fails before training when the file could not be written, so no work is wasted: after
     * {@link OutputSet#checkTarget} (an empty path, a missing folder, a folder or a device of
     * that name), a folder that may not be written in, in the words of every other I/O failure.
     */
    private static void requireWritable(Path file) throws IOException {
        OutputSet.checkTarget(file);
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isWritable(folder)) {
            throw new TensorFileException(
                    file,
                    "cannot be written: "
                            + (Files.getFileStore(folder).isReadOnly()
                                    ? "the disk is read-only"
                                    : "permission denied"));
        }
    }

    /** All or nothing, with the umask's mode, refusing special files: see {@link OutputSet}. */
    private static void writeAtomically(Path file, String text) throws IOException {
        OutputSet.writeString(file, text);
    }
}
