package io.newsfacts.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted fact records against gold facts by the rules of FACTS.md, exactly as the reference scorer
 * {@code shared/spec/score.py} does (same greedy matching in gold order, same field checks), so the two agree.
 */
public final class Scorer {

    public static final List<String> FIELDS = List.of("metric", "agency", "campaign", "unit", "approx", "change", "period");
    private static final String QUOTES_AND_SPACES = "“”\"'「」『』 \u3000";
    private static final List<String> CAMPAIGN_TAILS = List.of("专项打击行动", "专项行动", "专项工作", "行动");

    private Scorer() {
    }

    /** One matched pair, for reports. */
    public record Match(JsonNode predicted, JsonNode gold, Map<String, Boolean> fields) {
    }

    /** The figures of one run. Field counts are over matched required gold facts. */
    public record Score(int docs, int gold, int predicted, int matched, double anchorP, double anchorR, double anchorF1,
                        Map<String, Integer> fieldRight, int full, double fullP, double fullR, double fullF1,
                        List<JsonNode> missed, List<JsonNode> spurious, List<Match> matches) {

        public double fieldAccuracy(String field) {
            return matched == 0 ? 0.0 : fieldRight.getOrDefault(field, 0) / (double) matched;
        }

        /** Precision, recall and F1 of a field: a prediction counts when it matches and the field is right. */
        public double[] fieldPrf(String field) {
            int right = fieldRight.getOrDefault(field, 0);
            double p = predicted == 0 ? 0 : right / (double) predicted;
            double r = gold == 0 ? 0 : right / (double) this.gold;
            return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }
    }

    public static Score score(List<JsonNode> goldAll, List<JsonNode> predAll, Set<String> onlyDocs) {
        Set<String> goldDocs = new LinkedHashSet<>();
        for (JsonNode g : goldAll) {
            goldDocs.add(g.path("doc").asText());
        }
        if (onlyDocs != null) {
            goldDocs.retainAll(onlyDocs);
        }
        List<JsonNode> gold = goldAll.stream().filter(g -> goldDocs.contains(g.path("doc").asText())).toList();
        List<JsonNode> preds = predAll.stream().filter(p -> p.hasNonNull("doc") && goldDocs.contains(p.get("doc").asText())).toList();
        Map<String, List<JsonNode>> byDoc = new HashMap<>();
        for (JsonNode p : preds) {
            byDoc.computeIfAbsent(p.get("doc").asText(), k -> new ArrayList<>()).add(p);
        }
        Map<JsonNode, Boolean> used = new IdentityHashMap<>();
        List<JsonNode[]> matches = new ArrayList<>();
        List<JsonNode> missed = new ArrayList<>();
        for (JsonNode g : gold) {
            JsonNode hit = null;
            for (JsonNode p : byDoc.getOrDefault(g.path("doc").asText(), List.of())) {
                if (!used.containsKey(p) && anchorMatch(p, g)) {
                    hit = p;
                    break;
                }
            }
            if (hit != null) {
                used.put(hit, true);
                matches.add(new JsonNode[]{hit, g});
            } else if (!g.path("optional").asBoolean(false)) {
                missed.add(g);
            }
        }
        int tp = 0;
        int optionalMatched = 0;
        for (JsonNode[] m : matches) {
            if (m[1].path("optional").asBoolean(false)) {
                optionalMatched++;
            } else {
                tp++;
            }
        }
        List<JsonNode> spurious = preds.stream().filter(p -> !used.containsKey(p)).toList();
        int nPred = preds.size() - optionalMatched;
        int nGold = (int) gold.stream().filter(g -> !g.path("optional").asBoolean(false)).count();
        double p = nPred == 0 ? 0 : tp / (double) nPred;
        double r = nGold == 0 ? 0 : tp / (double) nGold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<String, Integer> right = new LinkedHashMap<>();
        FIELDS.forEach(k -> right.put(k, 0));
        int full = 0;
        List<Match> reported = new ArrayList<>();
        for (JsonNode[] m : matches) {
            if (m[1].path("optional").asBoolean(false)) {
                continue;
            }
            Map<String, Boolean> checks = fieldChecks(m[0], m[1]);
            checks.forEach((k, v) -> right.merge(k, v ? 1 : 0, Integer::sum));
            if (checks.values().stream().allMatch(Boolean::booleanValue)) {
                full++;
            }
            reported.add(new Match(m[0], m[1], checks));
        }
        double fp = nPred == 0 ? 0 : full / (double) nPred;
        double fr = nGold == 0 ? 0 : full / (double) nGold;
        double ff = fp + fr == 0 ? 0 : 2 * fp * fr / (fp + fr);
        return new Score(goldDocs.size(), nGold, nPred, tp, p, r, f, right, full, fp, fr, ff, missed, spurious, reported);
    }

    static boolean numEq(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull() || a.isMissingNode();
        boolean bNull = b == null || b.isNull() || b.isMissingNode();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        double x;
        double y;
        try {
            x = a.isNumber() ? a.asDouble() : Double.parseDouble(a.asText());
            y = b.isNumber() ? b.asDouble() : Double.parseDouble(b.asText());
        } catch (NumberFormatException e) {
            return false;
        }
        return Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
    }

    static String clean(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return clean(v.isTextual() ? v.asText() : v.toString());
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (QUOTES_AND_SPACES.indexOf(s.charAt(i)) < 0) {
                out.append(s.charAt(i));
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Character-overlap F1 over code points, as Python's Counter over a str. */
    static double charF1(String p, String g) {
        if (p == null || g == null || p.isEmpty() || g.isEmpty()) {
            return 0.0;
        }
        Map<Integer, Integer> cp = counts(p);
        Map<Integer, Integer> cg = counts(g);
        int overlap = 0;
        for (Map.Entry<Integer, Integer> e : cp.entrySet()) {
            overlap += Math.min(e.getValue(), cg.getOrDefault(e.getKey(), 0));
        }
        if (overlap == 0) {
            return 0.0;
        }
        double pr = overlap / (double) p.codePointCount(0, p.length());
        double rc = overlap / (double) g.codePointCount(0, g.length());
        return 2 * pr * rc / (pr + rc);
    }

    private static Map<Integer, Integer> counts(String s) {
        Map<Integer, Integer> m = new HashMap<>();
        s.codePoints().forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }

    private static JsonNode changeOf(JsonNode r) {
        JsonNode c = r.get("change");
        return c != null && c.isObject() ? c : null;
    }

    static boolean overlaps(JsonNode p, JsonNode g) {
        JsonNode ps = p.get("start");
        JsonNode pe = p.get("end");
        if (ps == null || pe == null || !ps.canConvertToInt() || !pe.canConvertToInt()) {
            return false;
        }
        return ps.asInt() < g.get("end").asInt() && g.get("start").asInt() < pe.asInt();
    }

    static boolean anchorMatch(JsonNode p, JsonNode g) {
        if (!overlaps(p, g)) {
            return false;
        }
        JsonNode gv = g.get("value");
        if (gv != null && !gv.isNull()) {
            return numEq(p.get("value"), gv);
        }
        JsonNode c = changeOf(p);
        return c != null && numEq(c.get("percent"), g.get("change").get("percent"));
    }

    private static String campaign(JsonNode v) {
        String x = clean(v);
        if (x == null) {
            return null;
        }
        for (String tail : CAMPAIGN_TAILS) {
            if (x.endsWith(tail) && x.length() > tail.length()) {
                x = x.substring(0, x.length() - tail.length());
            }
        }
        return x;
    }

    static Map<String, Boolean> fieldChecks(JsonNode p, JsonNode g) {
        Map<String, Boolean> res = new LinkedHashMap<>();
        String pm = clean(p.get("metric"));
        String gm = clean(g.get("metric"));
        res.put("metric", charF1(pm == null ? "" : pm, gm == null ? "" : gm) >= 0.5);
        String pa = clean(p.get("agency"));
        boolean agency = false;
        for (JsonNode a : g.path("agency")) {
            agency |= java.util.Objects.equals(pa, clean(a));
        }
        res.put("agency", agency);
        String pc = campaign(p.get("campaign"));
        boolean camp = false;
        for (JsonNode c : g.path("campaign")) {
            camp |= java.util.Objects.equals(pc, campaign(c));
        }
        res.put("campaign", camp);
        JsonNode gv = g.get("value");
        res.put("unit", gv == null || gv.isNull() || java.util.Objects.equals(clean(p.get("unit")), clean(g.get("unit"))));
        JsonNode pApprox = p.get("approx");
        String pa2 = pApprox == null || pApprox.isNull() || pApprox.asText().isEmpty() ? null : pApprox.asText();
        JsonNode gApprox = g.get("approx");
        String ga = gApprox == null || gApprox.isNull() ? null : gApprox.asText();
        res.put("approx", java.util.Objects.equals(pa2, ga));
        JsonNode gc = g.get("change");
        JsonNode pcg = changeOf(p);
        boolean change;
        if (gc == null || gc.isNull()) {
            change = pcg == null || (isNull(pcg.get("direction")) && isNull(pcg.get("percent")));
        } else {
            change = pcg != null && java.util.Objects.equals(text(pcg.get("direction")), text(gc.get("direction")))
                    && numEq(pcg.get("percent"), gc.get("percent"));
        }
        res.put("change", change);
        JsonNode per = p.get("period");
        boolean ok = false;
        for (JsonNode gp : g.path("period")) {
            if (gp.isNull()) {
                ok = true;
            } else if (per != null && per.isTextual() && per.asText().startsWith(gp.asText())) {
                ok = true;
            }
        }
        res.put("period", ok);
        return res;
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull();
    }

    private static String text(JsonNode n) {
        return isNull(n) ? null : n.asText();
    }
}
