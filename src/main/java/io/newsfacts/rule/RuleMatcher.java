package io.newsfacts.rule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Runs the rules over a tagged sentence, highest priority first. A unit that anchors one match (a value, a percent)
 * cannot anchor another, so each number becomes at most one fact. Long sentences are matched in windows of whole
 * clauses, which keeps the cost linear in the sentence length. Thread-safe.
 */
public final class RuleMatcher {

    static final int WINDOW_UNITS = 400;
    /** Captures that hold a fact's own figure; a rule without any (均比上年同期有所下降) claims no unit. */
    private static final List<String> ANCHORS = List.of("value", "values", "pct", "pcts", "amount");

    private final List<Rule> rules;

    public RuleMatcher(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Matches in the order of their first unit. */
    public List<RuleMatch> match(TaggedSentence sentence) {
        String tags = sentence.tags();
        List<RuleMatch> out = new ArrayList<>();
        int from = 0;
        while (from < tags.length()) {
            int to = windowEnd(tags, from);
            matchWindow(tags, from, to, out);
            from = to;
        }
        out.sort(Comparator.comparingInt(RuleMatch::from).thenComparingInt(RuleMatch::to));
        return out;
    }

    private static int windowEnd(String tags, int from) {
        if (tags.length() - from <= WINDOW_UNITS) {
            return tags.length();
        }
        int limit = from + WINDOW_UNITS;
        int cut = tags.lastIndexOf(',', limit - 1);
        return cut > from ? cut + 1 : limit;
    }

    private void matchWindow(String tags, int start, int end, List<RuleMatch> out) {
        BitSet claimed = new BitSet();
        for (Rule rule : rules) {
            Matcher m = rule.regex().matcher(tags);
            m.region(start, end);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int from = start;
            while (from < end) {
                m.region(from, end);
                if (!m.find()) {
                    break;
                }
                Map<String, RuleMatch.Range> captures = new HashMap<>();
                for (String name : rule.captures()) {
                    if (m.start(name) >= 0) {
                        captures.put(name, new RuleMatch.Range(m.start(name), m.end(name)));
                    }
                }
                RuleMatch match = new RuleMatch(rule, m.start(), m.end(), captures);
                BitSet anchors = anchors(match);
                boolean figureless = anchors.isEmpty() && ANCHORS.stream().noneMatch(rule.captures()::contains);
                if (figureless || (!anchors.isEmpty() && !anchors.intersects(claimed))) {
                    claimed.or(anchors);
                    out.add(match);
                    from = Math.max(m.end(), m.start() + 1);
                } else {
                    from = m.start() + 1;
                }
            }
        }
    }

    /** The units a match takes for itself: values and percents. */
    private static BitSet anchors(RuleMatch match) {
        BitSet bits = new BitSet();
        for (String name : ANCHORS) {
            match.capture(name).ifPresent(r -> bits.set(r.from(), r.to()));
        }
        return bits;
    }
}
