package io.newsfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import io.newsfacts.NewsFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: no crash, no hang, no silent loss, whatever the input. Runs the hostile inputs of {@link HostileInputs}
 * (CI sizes) through a two-thread batch and checks that every file and JSONL line has its manifest entry and that
 * the facts next to bad bytes and control characters survive. The full-size run is measured by hand (README).
 */
class HostileInputsTest {

    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    @Test
    void everyHostileInputEndsInTheManifestAndGoodFactsSurvive(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        int expected = HostileInputs.generate(in, HostileInputs.Sizes.ci());
        Path out = dir.resolve("facts.jsonl");
        Path manifest = dir.resolve("manifest.jsonl");
        BatchRunner.Summary summary = assertTimeoutPreemptively(Duration.ofSeconds(240),
                () -> run(newsFacts, in, out, manifest, 60_000));

        List<JsonNode> entries = readJsonl(manifest);
        assertEquals(expected, entries.size(), "one manifest entry per file, JSONL line and WARC record");
        assertEquals(expected, summary.documents());
        Map<String, JsonNode> byDoc = new HashMap<>();
        entries.forEach(e -> byDoc.put(e.get("doc").asText(), e));
        try (var files = Files.list(in)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                assertTrue(entries.stream().anyMatch(e -> e.get("source").asText().contains(name)), "manifest lists " + name);
            }
        }
        Map<String, List<JsonNode>> facts = new HashMap<>();
        for (JsonNode f : readJsonl(out)) {
            facts.computeIfAbsent(f.get("doc").asText(), k -> new ArrayList<>()).add(f);
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            assertTrue(0 <= start && start < end, "offsets of " + f);
            assertTrue(f.get("value").isNull() || f.get("value").decimalValue().precision() <= 40, "no absurd value: " + f);
        }
        // The fact sentence next to bad bytes and control characters, in the JSONL good lines and WARC records.
        List<String> withFact = new ArrayList<>(HostileInputs.FACT_FILES);
        withFact.addAll(HostileInputs.GOOD_JSONL_IDS);
        withFact.add("http://example.cn/news/1.html");
        withFact.add("http://example.cn/news/2.html");
        withFact.add("unclosed");
        withFact.add("dump-0");
        withFact.add("dump-" + (HostileInputs.DUMP_LINES - 1));
        withFact.add("nested");
        for (String doc : withFact) {
            assertEquals("ok", byDoc.get(doc).get("status").asText(), doc + ": " + byDoc.get(doc));
            assertTrue(facts.getOrDefault(doc, List.of()).stream()
                            .anyMatch(f -> f.get("value").decimalValue().compareTo(BigDecimal.valueOf(120)) == 0),
                    doc + " keeps the fact 抓获犯罪嫌疑人120名: " + facts.get(doc));
        }
        long badLines = entries.stream().filter(e -> e.get("doc").asText().contains("mixed.jsonl:")
                && "error".equals(e.get("status").asText())).count();
        assertEquals(HostileInputs.BAD_JSONL_LINES, badLines, "each malformed JSONL line is its own error entry");
        assertTrue(entries.stream().anyMatch(e -> e.get("source").asText().contains("truncated.warc.gz")
                && e.get("error").asText().contains("truncated")), "the cut WARC record is reported");
        assertEquals("error", byDoc.get("not-gzip").get("status").asText());
        assertTrue(entries.stream().anyMatch(e -> e.get("source").asText().endsWith("dump.jsonl.gz")
                && "error".equals(e.get("status").asText())), "the cut gzip trailer is reported after the lines");
        for (JsonNode e : entries) {
            assertTrue(Set.of("ok", "error").contains(e.get("status").asText()), e.toString());
            assertTrue(!"error".equals(e.get("status").asText()) || !e.get("error").asText().isBlank(), e.toString());
        }
    }

    @Test
    void sizeAndTimeLimitsGiveErrorEntriesAndFreeTheWorker(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder big = new StringBuilder();
        while (big.length() < 400_000) {
            big.append("公安局抓获犯罪嫌疑人一二三名起案件破获万亿元今年以来");
        }
        Files.writeString(in.resolve("a-huge.txt"), big);
        Files.writeString(in.resolve("b-small.txt"), HostileInputs.FACT_SENTENCE);
        Path manifest = dir.resolve("manifest.jsonl");
        // A time limit: the huge document is abandoned with an error entry, the small one after it still runs.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(newsFacts, in, dir.resolve("o1.jsonl"), manifest, 300));
        List<JsonNode> entries = readJsonl(manifest);
        assertEquals(2, entries.size());
        assertEquals("error", entries.get(0).get("status").asText());
        assertTrue(entries.get(0).get("error").asText().contains("abandoned"), entries.get(0).toString());
        assertEquals("ok", entries.get(1).get("status").asText(), entries.get(1).toString());
        // A size limit: refused at once with the reason.
        NewsFacts small = NewsFacts.builder().maxDocumentChars(10_000).build();
        Files.delete(manifest);
        run(small, in, dir.resolve("o2.jsonl"), manifest, 0);
        entries = readJsonl(manifest);
        assertTrue(entries.get(0).get("error").asText().contains("more than the limit of 10000"), entries.get(0).toString());
        assertEquals("ok", entries.get(1).get("status").asText());
    }

    @Test
    void anInterruptedExtractionStopsPromptly() throws Exception {
        StringBuilder big = new StringBuilder();
        while (big.length() < 300_000) {
            big.append("某市公安局今年以来共抓获犯罪嫌疑人120名，破获案件35起，");
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            Future<?> f = pool.submit(() -> {
                started.countDown();
                try {
                    newsFacts.extract(Document.of("big", big.toString()));
                } catch (RuntimeException e) {
                    outcome.set(e);
                } finally {
                    finished.countDown();
                }
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Thread.sleep(500);
            f.cancel(true);
            assertTrue(finished.await(20, TimeUnit.SECONDS), "the worker stopped after the interrupt");
            assertTrue(outcome.get() instanceof java.util.concurrent.CancellationException, "stopped by the interrupt: " + outcome.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static BatchRunner.Summary run(NewsFacts nf, Path in, Path out, Path manifest, long maxMillis) throws IOException {
        BatchRunner runner = new BatchRunner(nf, new BatchRunner.Options(2, maxMillis, null, true),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (FactWriter writer = new JsonlFactWriter(Files.newOutputStream(out), 0)) {
            return runner.run(List.of(in), new DocumentReaders(DocumentReaders.JsonlFields.defaults()), writer, manifest, Set.of());
        }
    }

    private static List<JsonNode> readJsonl(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }
}
