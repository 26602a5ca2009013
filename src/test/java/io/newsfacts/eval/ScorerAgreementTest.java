package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The eval command must agree with the reference scorer shared/spec/score.py on the same files. */
class ScorerAgreementTest {

    private static final Path GOLD = Path.of("corpus/seed/000_7f31afb0e256233b.gold.jsonl");
    private static final Path SCORE_PY = Path.of("../shared/spec/score.py");

    @Test
    void agreesWithReferenceScorerOnPerturbedPredictions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORE_PY), "needs ../shared/spec/score.py");
        Assumptions.assumeTrue(python() != null, "needs python3");
        List<JsonNode> gold = readJsonl(GOLD);
        Random random = new Random(7);
        for (int round = 0; round < 6; round++) {
            List<String> lines = new ArrayList<>();
            for (JsonNode g : gold) {
                double roll = random.nextDouble();
                if (roll < 0.1) {
                    continue; // missed
                }
                ObjectNode p = prediction(g, random);
                lines.add(Json.mapper().writeValueAsString(p));
                if (roll > 0.93) {
                    ObjectNode spurious = p.deepCopy();
                    spurious.put("start", p.get("start").asInt() + 1).put("end", p.get("end").asInt() + 3);
                    lines.add(Json.mapper().writeValueAsString(spurious));
                }
            }
            Path pred = dir.resolve("pred" + round + ".jsonl");
            Files.write(pred, lines, StandardCharsets.UTF_8);
            String expected = runPython(pred);
            Scorer.Score s = Scorer.score(gold, readJsonl(pred), null);
            JsonNode py = Json.mapper().readTree(expected);
            assertEquals(py.get("matched").asInt(), s.matched(), "matched, round " + round);
            assertEquals(py.get("predicted").asInt(), s.predicted(), "predicted, round " + round);
            assertEquals(py.get("anchor_f1").asDouble(), Math.round(s.anchorF1() * 10000) / 10000.0, 1e-9);
            assertEquals(py.get("full_f1").asDouble(), Math.round(s.fullF1() * 10000) / 10000.0, 1e-9);
            for (String f : Scorer.FIELDS) {
                assertEquals(py.get("field_acc").get(f).asDouble(), Math.round(s.fieldAccuracy(f) * 10000) / 10000.0, 1e-9,
                        "field " + f + ", round " + round);
            }
        }
    }

    /** A prediction derived from a gold fact with random faults in every field. */
    private static ObjectNode prediction(JsonNode g, Random random) {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("doc", g.get("doc").asText());
        p.put("text", g.get("text").asText());
        int shift = random.nextDouble() < 0.1 ? 50 : random.nextInt(2);
        p.put("start", g.get("start").asInt() + shift);
        p.put("end", g.get("end").asInt() + shift);
        if (g.get("value").isNull()) {
            p.putNull("value");
        } else {
            p.put("value", random.nextDouble() < 0.1 ? g.get("value").asDouble() + 1 : g.get("value").asDouble());
        }
        p.put("metric", random.nextDouble() < 0.2 ? "无关短语" : g.get("metric").asText());
        pick(p, "agency", g.get("agency"), random);
        pick(p, "campaign", g.get("campaign"), random);
        pick(p, "period", g.get("period"), random);
        if (g.get("unit").isNull()) {
            p.putNull("unit");
        } else {
            p.put("unit", random.nextDouble() < 0.1 ? "个" : g.get("unit").asText());
        }
        if (random.nextDouble() < 0.1) {
            p.put("approx", "over");
        } else {
            p.set("approx", g.get("approx"));
        }
        if (random.nextDouble() < 0.15) {
            p.putObject("change").put("direction", "up").put("percent", 1.5).putNull("amount").putNull("basis");
        } else {
            p.set("change", g.get("change"));
        }
        return p;
    }

    private static void pick(ObjectNode p, String field, JsonNode options, Random random) {
        if (random.nextDouble() < 0.15) {
            p.put(field, "“另一个”" + field);
        } else {
            p.set(field, options.get(random.nextInt(options.size())));
        }
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }

    private static String runPython(Path pred) throws Exception {
        Process p = new ProcessBuilder(python(), SCORE_PY.toString(), GOLD.toString(), pred.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        return out.strip();
    }

    static List<JsonNode> readJsonl(Path path) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }
}
