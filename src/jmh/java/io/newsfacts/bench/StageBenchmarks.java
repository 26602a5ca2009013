package io.newsfacts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.newsfacts.Document;
import io.newsfacts.NewsFacts;
import io.newsfacts.entity.EntityTagger;
import io.newsfacts.numeral.QuantityTagger;
import io.newsfacts.time.TimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hot stages, each over the same paragraphs of real report text (the bulk corpus, split at line breaks), next to
 * HanLP's standard segmentation of the same paragraphs. Scores are paragraphs per second; divide by the corpus's
 * characters per paragraph (printed at set-up) for chars/s. Run: see README, "Performance".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class StageBenchmarks {

    @Param("../shared/corpus/bulk/government_work_reports.jsonl")
    public String corpus;

    private List<String> paragraphs;
    private int next;
    private NewsFacts newsFacts;
    private QuantityTagger quantities;
    private TimeTagger times;
    private EntityTagger entities;
    private final LocalDateTime reference = LocalDateTime.of(2024, 3, 5, 0, 0);

    @Setup
    public void load() throws IOException {
        paragraphs = new ArrayList<>();
        long chars = 0;
        for (String line : Files.readAllLines(Path.of(corpus), StandardCharsets.UTF_8)) {
            JsonNode n = io.newsfacts.io.Json.mapper().readTree(line);
            JsonNode text = n.hasNonNull("content") ? n.get("content") : n.get("text");
            for (String p : text.asText().split("\n")) {
                if (p.strip().length() >= 20) {
                    paragraphs.add(p.strip());
                    chars += p.strip().length();
                }
            }
        }
        System.out.printf("%n%d paragraphs, %.1f characters per paragraph%n", paragraphs.size(), chars / (double) paragraphs.size());
        newsFacts = NewsFacts.builder().build();
        quantities = QuantityTagger.fromDefaultModels();
        times = TimeTagger.fromDefaultModels();
        entities = EntityTagger.fromDefaultModels();
        StandardTokenizer.segment("预热");
    }

    private String paragraph() {
        String p = paragraphs.get(next);
        next = (next + 1) % paragraphs.size();
        return p;
    }

    @Benchmark
    public void hanlpStandardSegmentation(Blackhole bh) {
        bh.consume(StandardTokenizer.segment(paragraph()));
    }

    @Benchmark
    public void extract(Blackhole bh) {
        bh.consume(newsFacts.extract(Document.of("bench", paragraph())));
    }

    @Benchmark
    public void quantities(Blackhole bh) {
        bh.consume(quantities.tag(paragraph()));
    }

    @Benchmark
    public void times(Blackhole bh) {
        bh.consume(times.tag(paragraph(), reference));
    }

    @Benchmark
    public void entities(Blackhole bh) {
        bh.consume(entities.tag(paragraph()));
    }
}
