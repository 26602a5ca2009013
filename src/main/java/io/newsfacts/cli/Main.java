package io.newsfacts.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code newsfacts.jar}. Exit status: 0 ok, 2 usage error, 1 fatal I/O error. */
@Command(name = "newsfacts", mixinStandardHelpOptions = true, version = "newsfacts 0.1.0",
        description = "Extracts quantitative facts from Chinese news as typed records.",
        subcommands = {ExtractCommand.class, EvalCommand.class, QuantitiesCommand.class, TimesCommand.class, ExplainCommand.class, BenchCommand.class, SegmentCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
