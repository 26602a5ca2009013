package io.newsfacts.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time peer suites as acceptance tests: a case passes when some mention's from/to equal the expected interval.
 * Floors are the rates reached (printed).
 */
class TimePeerSuitesTest {

    private static final Path SUITES = Path.of("../shared/peer-suites");
    private static final TimeTagger TAGGER = TimeTagger.fromDefaultModels();
    private static final DateTimeFormatter JIO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void ducklingTimeCorpus() throws IOException {
        Path file = SUITES.resolve("duckling-zh/time.jsonl");
        Assumptions.assumeTrue(Files.exists(file));
        LocalDateTime reference = LocalDateTime.of(2013, 2, 12, 4, 30);
        int cases = 0;
        int passed = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode c = Json.mapper().readTree(line);
            JsonNode e = c.get("expected");
            LocalDateTime from;
            LocalDateTime to;
            if ("value".equals(e.path("type").asText())) {
                from = local(e.get("value").asText());
                to = plusGrain(from, e.get("grain").asText());
            } else if ("interval".equals(e.path("type").asText()) && e.has("from") && e.has("to")) {
                from = local(e.get("from").get("value").asText());
                to = local(e.get("to").get("value").asText());
            } else {
                continue;
            }
            cases++;
            List<TimeMention> got = TAGGER.tag(c.get("input").asText(), reference);
            if (found(got, from, to)) {
                passed++;
            } else {
                FAILURES.append("duckling\t").append(c.get("input").asText()).append('\t').append(from).append("..").append(to)
                        .append('\t').append(got).append('\n');
            }
        }
        report("duckling-zh/time", passed, cases, DUCKLING_FLOOR);
    }

    @Test
    void jionlpTimeParser() throws IOException {
        Path file = SUITES.resolve("jionlp/time_parser.jsonl");
        Assumptions.assumeTrue(Files.exists(file));
        int cases = 0;
        int passed = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode c = Json.mapper().readTree(line);
            JsonNode e = c.get("expected");
            String type = e.path("type").asText();
            if (!type.equals("time_point") && !type.equals("time_span")) {
                continue;
            }
            JsonNode base = c.get("time_base_handler");
            if (base == null || !base.isArray() || base.size() < 3 || base.get(0).asInt() < 0 || !e.get("time").isArray()
                    || e.get("time").get(0).asText().contains("inf")) {
                continue;
            }
            LocalDateTime reference = LocalDateTime.of(base.get(0).asInt(), Math.max(1, base.get(1).asInt()),
                    Math.max(1, base.get(2).asInt()), Math.max(0, base.path(3).asInt()), Math.max(0, base.path(4).asInt()),
                    Math.max(0, base.path(5).asInt()));
            cases++;
            try {
                LocalDateTime from = LocalDateTime.parse(e.get("time").get(0).asText(), JIO);
                LocalDateTime to = LocalDateTime.parse(e.get("time").get(1).asText(), JIO).plusSeconds(1);
                List<TimeMention> got = TAGGER.tag(c.get("input").asText(), reference);
                if (found(got, from, to)) {
                    passed++;
                } else {
                    FAILURES.append("jionlp\t").append(c.get("input").asText()).append('\t').append(reference).append('\t')
                            .append(from).append("..").append(to).append('\t').append(got).append('\n');
                }
            } catch (RuntimeException ex) {
                // an expected value we cannot read counts as failed
            }
        }
        report("jionlp/time_parser", passed, cases, JIONLP_FLOOR);
    }

    static final double DUCKLING_FLOOR = 0.73;
    static final double JIONLP_FLOOR = 0.60;

    @Test
    void newsExpressionsResolveAgainstThePublicationDate() {
        LocalDateTime ref = LocalDateTime.of(2024, 1, 10, 0, 0);
        assertEquals("2023-11", only("去年11月", ref).period());
        assertEquals("2023-11/2024-01-10", only("自2023年11月以来", ref).period());
        assertEquals("2024-01/2024-01-10", only("今年以来", ref).period());
        assertEquals("2024-01/2024-06", only("上半年", ref).period());
        assertEquals("2023-10-21", only("2023年10月21日", ref).period());
        assertEquals("2020-01/2020-08", only("2020年前8个月", ref).period());
        assertEquals("2023", only("二〇二三年", ref).period());
        assertEquals(TimeKind.DURATION, only("三年", ref).kind());
        assertTrue(TAGGER.tag("全年抓获各类在逃人员235名", ref).isEmpty(), "全年 alone takes the article's year");
        assertEquals(List.of(), TAGGER.tag("开通24小时热线", ref).stream().filter(t -> t.kind() != TimeKind.DURATION).toList());
    }

    private static TimeMention only(String text, LocalDateTime ref) {
        List<TimeMention> ms = TAGGER.tag(text, ref);
        assertEquals(1, ms.size(), text + " -> " + ms);
        assertEquals(text, ms.get(0).text());
        return ms.get(0);
    }

    private static boolean found(List<TimeMention> mentions, LocalDateTime from, LocalDateTime to) {
        return mentions.stream().anyMatch(m -> from.equals(m.from()) && to.equals(m.to()));
    }

    private static LocalDateTime local(String iso) {
        return LocalDateTime.parse(iso.substring(0, 19));
    }

    private static LocalDateTime plusGrain(LocalDateTime t, String grain) {
        return switch (grain) {
            case "year" -> t.plusYears(1);
            case "quarter" -> t.plusMonths(3);
            case "month" -> t.plusMonths(1);
            case "week" -> t.plusWeeks(1);
            case "day" -> t.plusDays(1);
            case "hour" -> t.plusHours(1);
            case "minute" -> t.plusMinutes(1);
            default -> t.plusSeconds(1);
        };
    }

    /** Failed cases, written to the file named by -Dtime.failures (for looking at what is missed). */
    private static final StringBuilder FAILURES = new StringBuilder();

    private static void report(String suite, int passed, int cases, double floor) {
        String out = System.getProperty("time.failures");
        if (out != null) {
            try {
                Files.writeString(Path.of(out + "-" + suite.replace('/', '_') + ".tsv"), FAILURES.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            FAILURES.setLength(0);
        }
        double rate = cases == 0 ? 0 : passed / (double) cases;
        System.out.printf("[peer] %s: %d/%d = %.3f%n", suite, passed, cases, rate);
        assertTrue(rate >= floor, suite + " rate " + rate + " below floor " + floor);
    }
}
