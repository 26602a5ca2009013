package io.newsfacts.fact;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import io.newsfacts.eval.Scorer;
import io.newsfacts.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the extractor on the seed and on our gold for ../shared/corpus/news by the rules of FACTS.md.
 * The floors are the scores reached when they were last raised: a regression fails the build.
 */
class CorpusEvalTest {

    private static final Path SEED_TEXT = Path.of("corpus/seed/000_7f31afb0e256233b.txt");
    private static final Path SEED_GOLD = Path.of("corpus/seed/000_7f31afb0e256233b.gold.jsonl");
    private static final Path NEWS = Path.of("../shared/corpus/news/pages.jsonl");
    private static final Path NEWS_GOLD = Path.of("corpus/gold");
    private static final Path OWN = Path.of("corpus/own");

    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    @Test
    void seedScoresStayAboveTheirFloors() throws IOException {
        String text = Files.readString(SEED_TEXT, StandardCharsets.UTF_8);
        List<JsonNode> predicted = run(List.of(Document.of("000_7f31afb0e256233b", text)));
        Scorer.Score s = Scorer.score(read(SEED_GOLD), predicted, null);
        print("seed", s);
        assertTrue(s.anchorF1() >= SEED_ANCHOR_F1_FLOOR, "seed anchor F1 " + s.anchorF1());
        assertTrue(s.fullF1() >= SEED_FULL_F1_FLOOR, "seed full-tuple F1 " + s.fullF1());
    }

    @Test
    void ownArticlesScoresStayAboveTheirFloors() throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(OWN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = p.getFileName().toString().replaceFirst("\\.txt$", "");
                documents.add(Document.of(id, Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        List<JsonNode> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(OWN)) { // own.gold.jsonl and the gold of later batches (own-008-009…)
            for (Path p : files.filter(f -> f.toString().endsWith(".gold.jsonl")).sorted().toList()) {
                gold.addAll(read(p));
            }
        }
        Scorer.Score s = Scorer.score(gold, run(documents), null);
        print("own articles (" + documents.size() + ")", s);
        assertTrue(s.anchorF1() >= OWN_ANCHOR_F1_FLOOR, "own anchor F1 " + s.anchorF1());
        assertTrue(s.fullF1() >= OWN_FULL_F1_FLOOR, "own full-tuple F1 " + s.fullF1());
    }

    @Test
    void newsGoldScoresStayAboveTheirFloors() throws IOException {
        Assumptions.assumeTrue(Files.exists(NEWS), "needs ../shared/corpus/news/pages.jsonl");
        List<JsonNode> gold = new ArrayList<>();
        try (Stream<Path> files = Files.list(NEWS_GOLD)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".gold.jsonl")).sorted().toList()) {
                gold.addAll(read(p));
            }
        }
        Set<String> docs = new HashSet<>();
        gold.forEach(g -> docs.add(g.get("doc").asText()));
        List<Document> documents = new ArrayList<>();
        for (JsonNode page : read(NEWS)) {
            if (docs.contains(page.get("id").asText())) {
                documents.add(new Document(page.get("id").asText(), page.get("text").asText(), textOrNull(page, "title"),
                        textOrNull(page, "published"), textOrNull(page, "url")));
            }
        }
        assertEquals(docs.size(), documents.size(), "every gold document is in pages.jsonl");
        Scorer.Score s = Scorer.score(gold, run(documents), null);
        print("news (" + docs.size() + " docs)", s);
        assertTrue(s.anchorF1() >= NEWS_ANCHOR_F1_FLOOR, "news anchor F1 " + s.anchorF1());
        assertTrue(s.fullF1() >= NEWS_FULL_F1_FLOOR, "news full-tuple F1 " + s.fullF1());
    }

    // Floors: raise them when the scores improve.
    static final double SEED_ANCHOR_F1_FLOOR = 0.98;
    static final double SEED_FULL_F1_FLOOR = 0.90;
    // eleven own articles since 008-011 (their first sight 0.961 / 0.605; all eleven 0.980 / 0.829 after the department
    // agencies and the causative list); 004-007 first sight 0.932 / 0.364
    static final double OWN_ANCHOR_F1_FLOOR = 0.97;
    static final double OWN_FULL_F1_FLOOR = 0.81;
    static final double NEWS_ANCHOR_F1_FLOOR = 0.95;
    static final double NEWS_FULL_F1_FLOOR = 0.77; // 122 documents since news-part6/7 (first sight 0.742 over all, 0.781 at the end of that session)

    private static List<JsonNode> run(List<Document> documents) {
        List<JsonNode> out = new ArrayList<>();
        for (Document d : documents) {
            ExtractionResult r = newsFacts.extract(d);
            for (Fact f : r.facts()) {
                assertEquals(d.text().substring(f.start(), f.end()), f.text(), "text equals the document's [start, end)");
                out.add(Json.mapper().valueToTree(f));
            }
        }
        return out;
    }

    private static void print(String name, Scorer.Score s) {
        StringBuilder fields = new StringBuilder();
        for (String f : Scorer.FIELDS) {
            fields.append(String.format(" %s %.3f", f, s.fieldAccuracy(f)));
        }
        System.out.printf("[eval] %s: gold %d predicted %d matched %d | anchor P %.3f R %.3f F1 %.3f | full F1 %.3f |%s%n",
                name, s.gold(), s.predicted(), s.matched(), s.anchorP(), s.anchorR(), s.anchorF1(), s.fullF1(), fields);
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<JsonNode> read(Path path) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }
}
