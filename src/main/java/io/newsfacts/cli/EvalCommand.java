package io.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.eval.Scorer;
import io.newsfacts.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** Scores predicted records against gold facts (FACTS.md rules; agrees with shared/spec/score.py). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score PRED.jsonl against GOLD.jsonl[,GOLD2.jsonl…]: anchor P/R/F1, field accuracy and P/R/F1, full-tuple F1.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold JSONL file(s), comma-separated.")
    String gold;

    @Parameters(index = "1", paramLabel = "PRED", description = "Predicted records (JSONL).")
    Path pred;

    @Option(names = "--docs", split = ",", description = "Only these document ids.")
    Set<String> docs;

    @Option(names = "--json", description = "Print the figures as one JSON object, as score.py --json does.")
    boolean json;

    @Option(names = "--show", description = "Show up to N missed, spurious and wrong records.")
    int show;

    @Override
    public Integer call() throws IOException {
        List<JsonNode> goldFacts = new ArrayList<>();
        for (String g : gold.split(",")) {
            goldFacts.addAll(read(Path.of(g)));
        }
        Scorer.Score s = Scorer.score(goldFacts, read(pred), docs);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(Json.mapper().writeValueAsString(asJson(s)));
            return 0;
        }
        out.printf("docs %d  gold %d  predicted %d  matched %d%n", s.docs(), s.gold(), s.predicted(), s.matched());
        out.printf("anchor  P %.3f  R %.3f  F1 %.3f%n", s.anchorP(), s.anchorR(), s.anchorF1());
        StringBuilder fields = new StringBuilder("fields ");
        for (String f : Scorer.FIELDS) {
            fields.append(String.format(" %s %.3f", f, s.fieldAccuracy(f)));
        }
        out.println(fields);
        out.printf("full    P %.3f  R %.3f  F1 %.3f%n", s.fullP(), s.fullR(), s.fullF1());
        out.println();
        out.println("field       P      R      F1   (a record counts when it matches and the field is right)");
        for (String f : Scorer.FIELDS) {
            double[] prf = s.fieldPrf(f);
            out.printf("%-9s %.3f  %.3f  %.3f%n", f, prf[0], prf[1], prf[2]);
        }
        if (show > 0) {
            out.println("\n-- missed gold --");
            s.missed().stream().limit(show).forEach(g -> out.println("  " + g.path("doc").asText() + " "
                    + g.path("text").asText() + " " + g.path("metric").asText()));
            out.println("-- spurious predictions --");
            s.spurious().stream().limit(show).forEach(p -> out.println("  " + p.path("doc").asText() + " "
                    + p.path("text").asText() + " " + p.path("metric").asText() + " " + p.path("value")));
            for (String f : Scorer.FIELDS) {
                List<Scorer.Match> wrong = s.matches().stream().filter(m -> !m.fields().get(f)).limit(show).toList();
                if (!wrong.isEmpty()) {
                    out.println("-- wrong " + f + " --");
                    wrong.forEach(m -> out.println("  " + m.gold().path("text").asText() + " pred: " + m.predicted().get(f)
                            + " | gold: " + m.gold().get(f)));
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> asJson(Scorer.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docs", s.docs());
        m.put("gold", s.gold());
        m.put("predicted", s.predicted());
        m.put("matched", s.matched());
        m.put("anchor_p", round(s.anchorP()));
        m.put("anchor_r", round(s.anchorR()));
        m.put("anchor_f1", round(s.anchorF1()));
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String f : Scorer.FIELDS) {
            fields.put(f, round(s.fieldAccuracy(f)));
        }
        m.put("field_acc", fields);
        m.put("full_p", round(s.fullP()));
        m.put("full_r", round(s.fullR()));
        m.put("full_f1", round(s.fullF1()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static List<JsonNode> read(Path path) throws IOException {
        ObjectMapper mapper = Json.mapper();
        List<JsonNode> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(mapper.readTree(line));
            } catch (IOException e) {
                throw new IOException(path + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
