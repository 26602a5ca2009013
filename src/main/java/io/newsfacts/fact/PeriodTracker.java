package io.newsfacts.fact;

import io.newsfacts.rule.Tag;
import io.newsfacts.rule.TaggedSentence;
import io.newsfacts.rule.Unit;
import io.newsfacts.time.TimeMention;

import java.util.function.Function;

/**
 * Decides the period of facts within one article. A fact takes the nearest time expression before it in its sentence;
 * otherwise the period set by the last sentence that opened with a time expression (「2023年，…」), which carries over
 * paragraphs until another such lead replaces it. Times that are a comparison basis (相比2022年, 较去年同期) are skipped.
 * One instance per article, used in sentence order.
 */
final class PeriodTracker {

    private final Function<TimeMention, String> periodOf;
    private String leadPeriod;
    // Per-sentence tables, built on the first question about a sentence: each fact then costs a binary search, not a
    // scan of the units before it (a long list of facts made that quadratic, with another scan inside isBasis).
    private TaggedSentence tabled;
    private boolean[] basis;
    private int[] startsSoFar;      // running maximum of unit starts: monotone, so the loop's break point is searchable
    private String[] periodBefore;  // periodBefore[i]: the period of the last usable time among units [0, i)

    PeriodTracker(Function<TimeMention, String> periodOf) {
        this.periodOf = periodOf;
    }

    /** The period of a fact anchored at sentence offset {@code anchorStart}. */
    String periodAt(TaggedSentence s, int anchorStart) {
        table(s);
        // The first unit starting at or after the anchor ends the search (units before it are the candidates).
        int lo = 0;
        int hi = startsSoFar.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startsSoFar[mid] < anchorStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        String best = periodBefore[lo];
        return best != null ? best : leadPeriod;
    }

    private void table(TaggedSentence s) {
        if (s == tabled) {
            return;
        }
        int n = s.units().size();
        basis = new boolean[n];
        startsSoFar = new int[n];
        periodBefore = new String[n + 1];
        boolean comparisonInClause = false;
        int maxStart = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Unit u = s.units().get(i);
            basis[i] = u.tag() == Tag.TIME && (comparisonInClause || basisByText(s, u));
            maxStart = Math.max(maxStart, u.start());
            startsSoFar[i] = maxStart;
            periodBefore[i + 1] = periodBefore[i];
            if (u.tag() == Tag.TIME && !basis[i]) {
                String p = periodOf.apply(u.time());
                if (p != null) {
                    periodBefore[i + 1] = p;
                }
            }
            if (u.tag() == Tag.COMMA) {
                comparisonInClause = false;
            } else if (u.tag() == Tag.CMP || u.tag() == Tag.BASIS) {
                comparisonInClause = true;
            }
        }
        tabled = s;
    }

    /**
     * Call after the sentence's facts are read: a time that opens a clause as its adverbial (「2023年，」,
     * 「在刚刚过去的2015年，」) sets the lead period; a dateline (本报1月24日讯, 新华社北京11月2日电) does not.
     */
    void afterSentence(TaggedSentence s) {
        table(s);
        int clauseStart = 0;
        for (int i = 0; i < s.units().size(); i++) {
            Unit u = s.units().get(i);
            if (u.tag() == Tag.COMMA) {
                clauseStart = i + 1;
                continue;
            }
            if (u.tag() != Tag.TIME || i - clauseStart > LEAD_WINDOW || basis[i] || isDateline(s, u)) {
                continue;
            }
            String p = periodOf.apply(u.time());
            if (p != null) {
                leadPeriod = p;
            }
        }
    }

    private static final int LEAD_WINDOW = 5;

    private static boolean isDateline(TaggedSentence s, Unit u) {
        String after = s.simplified().substring(u.end(), Math.min(s.simplified().length(), u.end() + 2));
        return after.startsWith("讯") || after.startsWith("电") || after.startsWith("电(") || after.startsWith("消息");
    }

    /** A time that names a comparison's basis by its own words: 去年同期, 2019年相比. */
    private static boolean basisByText(TaggedSentence s, Unit u) {
        if (s.simplified().substring(u.start(), u.end()).endsWith("同期")) {
            return true;
        }
        String text = s.simplified().substring(u.end(), Math.min(s.simplified().length(), u.end() + 2));
        return text.startsWith("同期") || text.startsWith("相比");
    }
}
