package io.newsfacts.fact;

import io.newsfacts.Change;
import io.newsfacts.numeral.Approx;

import java.math.BigDecimal;

/**
 * A fact read from one sentence, before the article context (agency, campaign, period) is added.
 * Offsets are sentence-relative. {@code periodOverride} is set when the fact's own wording fixes its period
 * (a baseline 相比2022年494条 belongs to 2022).
 */
record DraftFact(String metric, BigDecimal value, String unit, Approx approx, Change change, Anchor anchor,
                 String verb, String ruleId, double confidence, String periodOverride) {

    DraftFact {
        metric = tidy(metric);
    }

    /** 今年上半年的盗窃类警情, 但非禮案: a metric never starts with a 的 or a conjunction left from its clause. */
    private static String tidy(String metric) {
        if (metric == null) {
            return null;
        }
        String m = metric.strip();
        while (m.length() > 2 && "的但而".indexOf(m.charAt(0)) >= 0) { // 但非禮案…: a conjunction opens the clause, not the metric
            m = m.substring(1).strip();
        }
        while (m.length() > 3 && "则則却卻有亦".indexOf(m.charAt(m.length() - 1)) >= 0) { // 涉案金額卻, 走私燃油案件則有
            m = m.substring(0, m.length() - 1).strip();
        }
        return m;
    }

    DraftFact withChange(Change newChange) {
        return new DraftFact(metric, value, unit, approx, newChange, anchor, verb, ruleId, confidence, periodOverride);
    }
}
