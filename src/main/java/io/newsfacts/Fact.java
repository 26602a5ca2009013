package io.newsfacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One fact record, as defined by FACTS.md. Field names are the JSON names; none may be renamed or dropped.
 * {@code agencyCode} (administrative division code of the agency's place) is our addition.
 */
@JsonPropertyOrder({"doc", "agency", "campaign", "metric", "metricId", "value", "unit", "approx", "change",
        "period", "text", "start", "end", "sentence", "rule", "confidence", "agencyCode"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Fact(
        String doc,
        String agency,
        String campaign,
        String metric,
        String metricId,
        BigDecimal value,
        String unit,
        String approx,
        Change change,
        String period,
        String text,
        int start,
        int end,
        String sentence,
        String rule,
        double confidence,
        String agencyCode) {

    /** This fact with another change. */
    public Fact withChange(Change newChange) {
        return new Fact(doc, agency, campaign, metric, metricId, value, unit, approx, newChange, period, text, start, end,
                sentence, rule, confidence, agencyCode);
    }

    /** This fact with another period. */
    public Fact withPeriod(String newPeriod) {
        return new Fact(doc, agency, campaign, metric, metricId, value, unit, approx, change, newPeriod, text, start, end,
                sentence, rule, confidence, agencyCode);
    }
}
