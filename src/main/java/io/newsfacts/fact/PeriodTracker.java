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

    PeriodTracker(Function<TimeMention, String> periodOf) {
        this.periodOf = periodOf;
    }

    /** The period of a fact anchored at sentence offset {@code anchorStart}. */
    String periodAt(TaggedSentence s, int anchorStart) {
        String best = null;
        for (int i = 0; i < s.units().size(); i++) {
            Unit u = s.units().get(i);
            if (u.start() >= anchorStart) {
                break;
            }
            if (u.tag() == Tag.TIME && !isBasis(s, i)) {
                String p = periodOf.apply(u.time());
                if (p != null) {
                    best = p;
                }
            }
        }
        return best != null ? best : leadPeriod;
    }

    /**
     * Call after the sentence's facts are read: a time that opens a clause as its adverbial (「2023年，」,
     * 「在刚刚过去的2015年，」) sets the lead period; a dateline (本报1月24日讯, 新华社北京11月2日电) does not.
     */
    void afterSentence(TaggedSentence s) {
        int clauseStart = 0;
        for (int i = 0; i < s.units().size(); i++) {
            Unit u = s.units().get(i);
            if (u.tag() == Tag.COMMA) {
                clauseStart = i + 1;
                continue;
            }
            if (u.tag() != Tag.TIME || i - clauseStart > LEAD_WINDOW || isBasis(s, i) || isDateline(s, u)) {
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

    private static boolean isBasis(TaggedSentence s, int i) {
        for (int k = i - 1; k >= 0 && s.units().get(k).tag() != Tag.COMMA; k--) {
            if (s.units().get(k).tag() == Tag.CMP || s.units().get(k).tag() == Tag.BASIS) {
                return true; // 较疫情前的2019年: a comparison's time, not the fact's period
            }
        }
        Unit u = s.units().get(i);
        if (s.simplified().substring(u.start(), u.end()).endsWith("同期")) {
            return true;
        }
        String text = s.simplified().substring(s.units().get(i).end(), Math.min(s.simplified().length(), s.units().get(i).end() + 2));
        return text.startsWith("同期") || text.startsWith("相比");
    }
}
