package io.newsfacts;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One NewsFacts shared by eight threads gives exactly what one thread gives, document by document: the facade
 * promises thread safety, and any shared mutable state (a cache, a reused matcher, a lazy table) would show here as
 * a difference or an exception. Each thread takes the documents in its own order, so they overlap differently.
 */
class ConcurrentExtractionTest {

    private static final Path NEWS = Path.of("../shared/corpus/news/pages.jsonl");
    private static final int THREADS = 8;

    @Test
    void eightThreadsOnOneInstanceMatchOneThread() throws Exception {
        Assumptions.assumeTrue(Files.exists(NEWS), "needs ../shared/corpus/news/pages.jsonl");
        List<Document> docs = read(NEWS);
        NewsFacts newsFacts = NewsFacts.builder().build();
        List<String> expected = new ArrayList<>();
        for (Document d : docs) {
            expected.add(render(newsFacts.extract(d)));
        }
        assertTrue(expected.stream().anyMatch(r -> r.contains("\"value\"")), "the corpus gives facts");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String[]>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                runs.add(pool.submit(() -> {
                    String[] got = new String[docs.size()];
                    for (int i : order) {
                        got[i] = render(newsFacts.extract(docs.get(i)));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                String[] got = runs.get(t).get(5, TimeUnit.MINUTES);
                for (int i = 0; i < docs.size(); i++) {
                    assertEquals(expected.get(i), got[i], "thread " + t + ", document " + docs.get(i).id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(ExtractionResult r) {
        try {
            return Json.mapper().writeValueAsString(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Document> read(Path jsonl) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            docs.add(new Document(n.get("id").asText(), n.get("text").asText(), n.path("title").asText(null),
                    n.path("published").asText(null), n.path("url").asText(null)));
        }
        return docs;
    }
}
