package io.newsfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.NewsFacts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs extraction over many documents on a thread pool and writes facts in input order, so the output is the same
 * for any number of threads. Each document's facts are written and flushed before its manifest line, and the line
 * records the output length: after a crash, {@link #prepareResume} cuts the output back to the last recorded document
 * and the run continues with the documents the manifest does not list.
 */
public final class BatchRunner {

    /** Options of a batch run. */
    public record Options(int threads, long maxMillis, String defaultPublished, boolean quiet) {
    }

    /** Counts of a finished run. */
    public record Summary(int documents, int facts, int errors, long chars, long millis, int skipped) {
        public double charsPerSecond() {
            return millis == 0 ? 0 : chars * 1000.0 / millis;
        }
    }

    private final NewsFacts newsFacts;
    private final Options options;
    private final PrintStream log;
    private me.tongfei.progressbar.ProgressBar progress;

    public BatchRunner(NewsFacts newsFacts, Options options, PrintStream log) {
        this.newsFacts = newsFacts;
        this.options = options;
        this.log = log;
    }

    /** What a resumed run must skip, after repairing a manifest and output left by a killed run. */
    public record ResumeState(Set<String> done, long outputLength) {
    }

    /**
     * Drops a partial last manifest line, cuts the output back to the length the last complete line recorded, and
     * returns the documents already done (by source).
     */
    public static ResumeState prepareResume(Path manifest, Path output) throws IOException {
        Set<String> done = new HashSet<>();
        long outputEnd = 0;
        if (Files.exists(manifest)) {
            byte[] bytes = Files.readAllBytes(manifest);
            int lastNewline = -1;
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    lastNewline = i;
                    break;
                }
            }
            try (RandomAccessFile f = new RandomAccessFile(manifest.toFile(), "rw")) {
                f.setLength(lastNewline + 1L); // a line without its newline was cut by the crash
            }
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                done.add(n.get("source").asText());
                outputEnd = Math.max(outputEnd, n.path("outputEnd").asLong());
            }
        }
        if (output != null && Files.exists(output)) {
            try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "rw")) {
                if (f.length() > outputEnd) {
                    f.setLength(outputEnd);
                }
            }
        }
        return new ResumeState(done, outputEnd);
    }

    private record Pending(InputDocument input, Future<ExtractionResult> result, long submitted) {
    }

    public Summary run(List<Path> inputs, DocumentReaders readers, FactWriter writer, Path manifest, Set<String> skip)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "newsfacts-worker");
            t.setDaemon(true);
            return t;
        });
        int[] counts = new int[4]; // documents, facts, errors, skipped
        long[] chars = new long[1];
        long started = System.nanoTime();
        Deque<Pending> inFlight = new ArrayDeque<>();
        int window = Math.max(4, options.threads() * 4);
        // A progress bar on a terminal; plain log lines (every 1000 documents) otherwise.
        me.tongfei.progressbar.ProgressBar bar = !options.quiet() && System.console() != null
                ? new me.tongfei.progressbar.ProgressBarBuilder().setTaskName("extract").setInitialMax(-1)
                        .setUnit(" docs", 1).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log)).build()
                : null;
        this.progress = bar;
        try (BufferedWriter manifestOut = manifest == null ? null : Files.newBufferedWriter(manifest, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            IoConsumer finish = pending -> complete(pending, writer, manifestOut, counts, chars, started);
            for (Path input : inputs) {
                readers.read(input, doc -> {
                    if (skip.contains(doc.source())) {
                        counts[3]++;
                        return;
                    }
                    Future<ExtractionResult> f = doc.document() == null ? null
                            : pool.submit(() -> newsFacts.extract(withDefaults(doc.document())));
                    inFlight.add(new Pending(doc, f, System.nanoTime()));
                    while (inFlight.size() >= window) {
                        finish.accept(inFlight.poll());
                    }
                });
            }
            while (!inFlight.isEmpty()) {
                finish.accept(inFlight.poll());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
            if (bar != null) {
                bar.close();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Summary(counts[0], counts[1], counts[2], chars[0], millis, counts[3]);
    }

    @FunctionalInterface
    private interface IoConsumer {
        void accept(Pending p);
    }

    private static final class UncheckedIOException extends RuntimeException {
        UncheckedIOException(IOException e) {
            super(e);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private Document withDefaults(Document d) {
        return d.published() == null && options.defaultPublished() != null ? d.withPublished(options.defaultPublished()) : d;
    }

    private void complete(Pending p, FactWriter writer, BufferedWriter manifestOut, int[] counts, long[] chars, long started) {
        InputDocument in = p.input();
        String status = "ok";
        String error = in.error();
        int facts = 0;
        int length = in.document() == null ? 0 : in.document().text().length();
        try {
            if (p.result() != null) {
                try {
                    ExtractionResult r = options.maxMillis() > 0
                            ? p.result().get(options.maxMillis(), TimeUnit.MILLISECONDS) : p.result().get();
                    writer.write(r.facts());
                    facts = r.facts().size();
                    if (r.failed()) {
                        error = r.diagnostics().stream().filter(d -> "error".equals(d.severity()))
                                .map(d -> d.message()).findFirst().orElse("error");
                    }
                } catch (TimeoutException e) {
                    p.result().cancel(true);
                    error = in.doc() + " took longer than " + options.maxMillis() + " ms and was abandoned";
                } catch (ExecutionException e) {
                    error = in.doc() + ": " + e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    error = in.doc() + ": interrupted";
                }
            }
            if (error != null) {
                status = "error";
                counts[2]++;
            }
            counts[0]++;
            counts[1] += facts;
            chars[0] += length;
            long end = writer.flushedLength();
            if (manifestOut != null) {
                long millis = (System.nanoTime() - p.submitted()) / 1_000_000;
                manifestOut.write(Json.mapper().writeValueAsString(
                        new ManifestEntry(in.doc(), in.source(), status, facts, length, millis, error, end)));
                manifestOut.write('\n');
                manifestOut.flush();
            }
            if (error != null && !options.quiet()) {
                log.println("error: " + in.source() + ": " + error);
            }
            if (progress != null) {
                progress.step();
            } else if (!options.quiet() && counts[0] % 1000 == 0) {
                long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
                log.printf("%d documents, %d facts, %d errors, %.0f chars/s%n", counts[0], counts[1], counts[2], chars[0] * 1000.0 / ms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
