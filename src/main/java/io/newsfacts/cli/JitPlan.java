package io.newsfacts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which of HotSpot's compilers a command-line run should use, decided from the arguments before the run starts.
 *
 * <p>Why: the pipeline has a lot of warm code (numerals, times, entities, rules on top of HanLP), and HotSpot's
 * optimising compiler (C2) keeps one core busy compiling it for the first tens of seconds of a run; measured on the
 * 1.1 M-character bulk texts, C2 spends 5–7 s of CPU in a 6–7 s run. On a laptop-sized batch that CPU is taken from
 * the workers, so a run with only the quick compiler (C1, {@code -XX:TieredStopAtLevel=1}) finishes sooner and a
 * second worker thread actually speeds it up. On long runs C2's faster code wins (22 M characters, one thread: 51 s
 * against 73 s), so the quick compiler is chosen only for batches whose input is known and small.
 *
 * @param mode   the compiler set to run with
 * @param reason one line saying why, for {@code --jit} diagnostics
 */
record JitPlan(Mode mode, String reason) {

    enum Mode {
        /** Only the quick compiler: starts the child JVM with {@code -XX:TieredStopAtLevel=1}. */
        QUICK,
        /** The JVM as started: tiered compilation up to C2. */
        DEFAULT
    }

    /** Input up to this size runs with the quick compiler under {@code --jit=auto} (about 5 M Chinese characters). */
    static final long SMALL_INPUT_BYTES = 16L << 20;
    /** Compressed inputs are counted at this multiple of their size. */
    static final int COMPRESSION_RATIO = 4;
    /** Batch commands whose cost grows with their input files. */
    static final Set<String> BATCH_COMMANDS = Set.of("extract", "segment");
    /** Options of the batch commands that take a value (so the value is not read as an input path). */
    static final Set<String> VALUE_OPTIONS = Set.of("--published", "--out", "--format", "--threads", "--manifest",
            "--max-millis", "--backend", "--max-chars", "--jsonl-fields");
    /** JVM options by which the user has already chosen how code is compiled. */
    private static final List<String> COMPILER_OPTIONS = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:+TieredCompilation", "-XX:CompilationMode", "-Xint", "-Xcomp");
    /**
     * JVM options that attach something to this very process (a debugger port, a JMX port, a flight recording written
     * at exit): a child JVM given the same options would clash with them, and the user means this process anyway.
     */
    private static final List<String> PROCESS_BOUND_OPTIONS = List.of("-agentlib:jdwp", "-Xrunjdwp", "-Xdebug",
            "-Dcom.sun.management.jmxremote", "-XX:StartFlightRecording", "-XX:+FlightRecorder");

    /**
     * @param args         the command line as given, {@code --jit} included
     * @param jvmArguments the running JVM's own options
     */
    static JitPlan choose(List<String> args, List<String> jvmArguments) {
        String requested = requestedMode(args);
        for (String option : jvmArguments) {
            if (COMPILER_OPTIONS.stream().anyMatch(option::startsWith)) {
                return new JitPlan(Mode.DEFAULT, "the JVM options already choose the compiler (" + option + ")");
            }
            if (PROCESS_BOUND_OPTIONS.stream().anyMatch(option::startsWith)) {
                return new JitPlan(Mode.DEFAULT, "a JVM option is bound to this process (" + option + ")");
            }
        }
        switch (requested) {
            case "quick", "c1":
                return new JitPlan(Mode.QUICK, "--jit=" + requested);
            case "default", "c2":
                return new JitPlan(Mode.DEFAULT, "--jit=" + requested);
            case "auto":
                return automatic(withoutJitOption(args));
            default:
                throw new IllegalArgumentException("--jit must be auto, quick (c1) or default (c2), not '" + requested + "'");
        }
    }

    private static JitPlan automatic(List<String> args) {
        if (args.isEmpty() || !BATCH_COMMANDS.contains(args.get(0))) {
            return new JitPlan(Mode.DEFAULT, "not a batch command");
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUE_OPTIONS.contains(arg)) {
                if (arg.equals("--backend") && i + 1 < args.size() && !args.get(i + 1).equalsIgnoreCase("hanlp")) {
                    return new JitPlan(Mode.DEFAULT, "the quick compiler is measured with the HanLP backend only");
                }
                i++;
            } else if (arg.startsWith("--backend=") && !arg.substring("--backend=".length()).equalsIgnoreCase("hanlp")) {
                return new JitPlan(Mode.DEFAULT, "the quick compiler is measured with the HanLP backend only");
            } else if (arg.equals("-")) {
                return new JitPlan(Mode.DEFAULT, "standard input has no known size");
            } else if (!arg.startsWith("-")) {
                inputs.add(Path.of(arg));
            }
        }
        long bytes = estimatedBytes(inputs, SMALL_INPUT_BYTES + 1);
        return bytes <= SMALL_INPUT_BYTES
                ? new JitPlan(Mode.QUICK, "input of about " + bytes + " bytes is a short run")
                : new JitPlan(Mode.DEFAULT, "input over " + SMALL_INPUT_BYTES + " bytes is a long run");
    }

    /** Sum of the inputs' sizes (compressed files scaled up), stopping once it passes {@code enough}. */
    static long estimatedBytes(List<Path> inputs, long enough) {
        long total = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        total += estimatedBytes(file);
                        if (total >= enough) {
                            return total;
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    // unreadable here: the command itself reports it; size unknown, so not a short run
                    return enough;
                }
            } else if (Files.isRegularFile(input)) {
                total += estimatedBytes(input);
            }
            if (total >= enough) {
                return total;
            }
        }
        return total;
    }

    private static long estimatedBytes(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            long size = Files.size(file);
            return name.endsWith(".gz") ? size * COMPRESSION_RATIO : size;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String requestedMode(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--jit=")) {
                return arg.substring("--jit=".length()).toLowerCase(Locale.ROOT);
            }
            if (arg.equals("--jit")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--jit needs a value: auto, quick (c1) or default (c2)");
                }
                return args.get(i + 1).toLowerCase(Locale.ROOT);
            }
        }
        return "auto";
    }

    /** The command line without {@code --jit}, which only the launcher reads. */
    static List<String> withoutJitOption(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--jit")) {
                i++;
            } else if (!args.get(i).startsWith("--jit=")) {
                rest.add(args.get(i));
            }
        }
        return rest;
    }
}
