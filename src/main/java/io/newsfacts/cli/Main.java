package io.newsfacts.cli;

import io.newsfacts.io.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code newsfacts.jar}. Exit status: 0 ok, 2 usage error, 1 fatal I/O error. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true, version = "newsfacts 0.1.0",
        description = "Extracts quantitative facts from Chinese news as typed records.",
        footer = {"", "--jit=auto|quick|default (any position, read before the command runs): which JIT compilers the JVM uses.",
                "  auto (default): extract and segment over inputs up to 16 MB run in a child JVM with the quick compiler",
                "  only (-XX:TieredStopAtLevel=1), which finishes short batches sooner; longer runs keep C2."},
        subcommands = {ExtractCommand.class, EvalCommand.class, QuantitiesCommand.class, TimesCommand.class, ExplainCommand.class, BenchCommand.class, SegmentCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        preloadModels(args);
        warmJacksonInBackground();
        System.exit(run(args));
    }

    /**
     * Jackson's classes take a few hundred milliseconds to load and every command reads or writes JSON; loading them
     * on a second core while picocli parses the arguments shortens the time to the first record.
     */
    private static void warmJacksonInBackground() {
        Thread warm = new Thread(() -> {
            try {
                Json.mapper().writeValueAsString(Json.mapper().readTree("{\"warm\":[1.5,\"文\"]}"));
                Json.mapper().writerFor(io.newsfacts.Fact.class); // builds the record's serializer ahead of the first fact
            } catch (java.io.IOException | RuntimeException e) {
                // only a warm-up: the command itself reports any real problem
            }
        }, "newsfacts-warm-json");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * {@code extract} spends most of its start-up loading models; starting that before picocli builds its command
     * model lets the two overlap. An unknown backend name is left for picocli to report.
     */
    private static void preloadModels(String[] args) {
        if (args.length == 0 || !args[0].equals("extract")) {
            return;
        }
        String backend = "hanlp";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--backend") && i + 1 < args.length) {
                backend = args[i + 1];
            } else if (args[i].startsWith("--backend=")) {
                backend = args[i].substring("--backend=".length());
            }
        }
        for (io.newsfacts.Backend b : io.newsfacts.Backend.values()) {
            if (b.name().equalsIgnoreCase(backend)) {
                io.newsfacts.NewsFacts.preload(b);
            }
        }
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
