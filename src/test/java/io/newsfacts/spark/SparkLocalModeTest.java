package io.newsfacts.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import io.newsfacts.io.Json;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark in local[2] inside the normal build: its facts equal the CLI's for the same documents. */
class SparkLocalModeTest {

    private static final Path NEWS = Path.of("../shared/corpus/news/pages.jsonl");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("newsfacts-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkFactsEqualTheInProcessFactsOnTheNewsCorpus() throws IOException {
        Assumptions.assumeTrue(Files.exists(NEWS), "needs ../shared/corpus/news/pages.jsonl");
        Dataset<Row> docs = spark.read().json(NEWS.toString()).repartition(4);
        Dataset<Row> facts = NewsFactsSpark.extract(docs);
        assertEquals(FactRows.SCHEMA, facts.schema());
        List<String> fromSpark = new ArrayList<>(facts.toJSON().collectAsList().stream().map(SparkLocalModeTest::canonical).toList());

        NewsFacts newsFacts = NewsFacts.builder().build();
        List<String> fromCli = new ArrayList<>();
        for (String line : Files.readAllLines(NEWS, StandardCharsets.UTF_8)) {
            JsonNode n = Json.mapper().readTree(line);
            Document d = new Document(n.get("id").asText(), n.get("text").asText(), text(n, "title"), text(n, "published"), null);
            for (Fact f : newsFacts.extract(d).facts()) {
                fromCli.add(canonical(Json.mapper().writeValueAsString(f)));
            }
        }
        fromSpark.sort(null);
        fromCli.sort(null);
        assertFalse(fromCli.isEmpty());
        assertEquals(fromCli, fromSpark);
    }

    @Test
    void sqlFunctionReturnsFactStructs() {
        NewsFactsSpark.register(spark);
        List<Row> rows = spark.sql("SELECT f.metric, f.value, f.unit FROM (SELECT explode(newsfacts('d1', "
                + "'全年抓获犯罪嫌疑人649人，刑拘358人。', '2024-01-10')) AS f)").collectAsList();
        assertEquals(2, rows.size());
        assertEquals("抓获犯罪嫌疑人", rows.get(0).getString(0));
        assertEquals(649.0, rows.get(0).getDouble(1));
        assertTrue(rows.get(1).getString(0).contains("刑拘"));
    }

    @Test
    void mainClassWritesParquet(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("docs.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"破获电信网络诈骗案件52起，抓获犯罪嫌疑人86名。\"}\n");
        Dataset<Row> facts = NewsFactsSpark.extract(spark.read().json(input.toString()));
        facts.write().parquet(dir.resolve("out").toString());
        Dataset<Row> back = spark.read().parquet(dir.resolve("out").toString());
        assertEquals(2, back.count());
    }

    /** Same facts as JSON with numbers compared as doubles (Spark writes doubles, the CLI plain decimals). */
    private static String canonical(String json) {
        try {
            JsonNode n = Json.mapper().readTree(json);
            com.fasterxml.jackson.databind.node.ObjectNode o = Json.mapper().createObjectNode();
            for (String f : List.of("doc", "agency", "campaign", "metric", "metricId", "unit", "approx", "period", "text",
                    "sentence", "rule", "agencyCode")) {
                JsonNode v = n.get(f);
                o.put(f, v == null || v.isNull() ? null : v.asText());
            }
            o.put("start", n.get("start").asInt()).put("end", n.get("end").asInt());
            o.put("value", n.hasNonNull("value") ? n.get("value").asDouble() : null);
            o.put("confidence", n.get("confidence").asDouble());
            JsonNode c = n.get("change");
            if (c == null || c.isNull()) {
                o.putNull("change");
            } else {
                o.putObject("change").put("direction", c.path("direction").asText())
                        .put("percent", c.hasNonNull("percent") ? c.get("percent").asDouble() : null)
                        .put("amount", c.hasNonNull("amount") ? c.get("amount").asDouble() : null)
                        .put("basis", c.hasNonNull("basis") ? c.get("basis").asText() : null);
            }
            return Json.mapper().writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
