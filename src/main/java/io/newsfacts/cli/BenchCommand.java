package io.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import io.newsfacts.NewsFacts;
import io.newsfacts.entity.EntityTagger;
import io.newsfacts.io.Json;
import io.newsfacts.numeral.QuantityTagger;
import io.newsfacts.segment.HanlpSegmenter;
import io.newsfacts.segment.Segmenter;
import io.newsfacts.text.ScriptFolding;
import io.newsfacts.text.TextNormalizer;
import io.newsfacts.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Throughput of the pipeline next to HanLP segmentation alone, in the same process (machines are noisy, ratios less so),
 * and the share of each stage measured on its own over the same texts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure chars/s of extraction vs. HanLP segmentation alone on a JSONL corpus.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", description = "JSONL corpus (default: ../shared/corpus/bulk/government_work_reports.jsonl).",
            defaultValue = "../shared/corpus/bulk/government_work_reports.jsonl")
    Path input;

    @Option(names = "--field", description = "Text field of the JSONL records (default: content, else text).", defaultValue = "content")
    String field;

    @Option(names = "--threads", description = "Threads for the pipeline run (default 1).", defaultValue = "1")
    int threads;

    @Option(names = "--rounds", description = "Measured rounds after one warm-up round (default 2).", defaultValue = "2")
    int rounds;

    @Override
    public Integer call() throws IOException, Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            JsonNode t = n.hasNonNull(field) ? n.get(field) : n.get("text");
            if (t != null && t.isTextual()) {
                texts.add(t.asText());
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("corpus: %s, %d documents, %d characters%n", input, texts.size(), chars);

        long t0 = System.nanoTime();
        NewsFacts newsFacts = NewsFacts.builder().build();
        out.printf("start-up (models, lexicons, rules): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        Segmenter segmenter = new HanlpSegmenter();
        // The baseline is HanLP's standard segmentation as a user would call it (name recognition on, its default).
        java.util.function.Consumer<String> hanlpStandard = com.hankcs.hanlp.tokenizer.StandardTokenizer::segment;
        hanlpStandard.accept("预热");
        TextNormalizer normalizer = new TextNormalizer(ScriptFolding.instance());
        QuantityTagger quantities = QuantityTagger.fromDefaultModels();
        TimeTagger times = TimeTagger.fromDefaultModels();
        EntityTagger entities = EntityTagger.fromDefaultModels();

        double segmentation = measure(texts, hanlpStandard);
        double segmentationCpu = lastCpuSeconds;
        long[] facts = new long[1];
        double pipeline = threads <= 1
                ? measure(texts, t -> facts[0] += newsFacts.extract(Document.of("bench", t)).facts().size())
                : measureParallel(texts, newsFacts, facts);
        double pipelineCpu = lastCpuSeconds;
        double normalise = measure(texts, normalizer::normalize);
        double quantity = measure(texts, quantities::tag);
        double time = measure(texts, t -> times.tag(t, null));
        double entity = measure(texts, entities::tag);
        double ownSegmentation = measure(texts, segmenter::segment);

        out.printf("%-34s %14s %10s%n", "", "chars/s", "docs/s");
        out.printf("%-34s %14.0f %10.1f%n", "HanLP standard segmentation alone", chars / segmentation, texts.size() / segmentation);
        out.printf("%-34s %14.0f %10.1f   facts/s %.1f%n", "newsfacts extract (" + threads + " thread" + (threads > 1 ? "s" : "") + ")",
                chars / pipeline, texts.size() / pipeline, facts[0] / (double) rounds / pipeline);
        out.printf("ratio T(segmentation) / T(extract) = %.2f%n", segmentation / pipeline);
        if (threads <= 1) {
            out.printf("ratio by thread CPU time = %.2f (%.2f s / %.2f s; not inflated by other load on the machine)%n",
                    segmentationCpu / pipelineCpu, segmentationCpu, pipelineCpu);
        }
        out.println("stage shares of the extract time (each stage timed alone over all of the same texts; the pipeline");
        out.println("segments only sentences with a number or a time, so the segmentation share is an upper bound):");
        out.printf("  segmentation %5.1f%%%n  normalisation %5.1f%%%n  quantities %5.1f%%%n  times %5.1f%%%n  entities %5.1f%%%n"
                        + "  rules and assembly (the rest) %5.1f%%%n",
                100 * ownSegmentation / pipeline, 100 * normalise / pipeline, 100 * quantity / pipeline, 100 * time / pipeline,
                100 * entity / pipeline,
                100 * Math.max(0, pipeline - ownSegmentation - normalise - quantity - time - entity) / pipeline);
        return 0;
    }

    /** Seconds per round, after one warm-up round. */
    /** CPU seconds of the calling thread in the last {@link #measure} call: unlike wall time, not inflated by other load. */
    private double lastCpuSeconds;

    private double measure(List<String> texts, Consumer<String> work) {
        texts.forEach(work);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            texts.forEach(work);
        }
        lastCpuSeconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9 / rounds;
        return (System.nanoTime() - start) / 1e9 / rounds;
    }

    private double measureParallel(List<String> texts, NewsFacts newsFacts, long[] facts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(texts, newsFacts, pool);
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                facts[0] += runAll(texts, newsFacts, pool);
            }
            return (System.nanoTime() - start) / 1e9 / rounds;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long runAll(List<String> texts, NewsFacts newsFacts, ExecutorService pool) throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        for (String t : texts) {
            futures.add(pool.submit(() -> newsFacts.extract(Document.of("bench", t)).facts().size()));
        }
        long n = 0;
        for (Future<Integer> f : futures) {
            n += f.get();
        }
        return n;
    }
}
