package io.newsfacts.rule;

import java.math.BigDecimal;
import java.util.List;

/**
 * An example sentence from a rule file, run by the test suite: the facts it must give (none for a negative example).
 *
 * @param family rule family it belongs to
 * @param text   the example sentence
 * @param facts  expected facts; an empty list means the text must give no fact
 * @param source file and line
 */
public record RuleExample(String family, String text, List<Expected> facts, String source) {

    /**
     * @param text    the anchor text that must be reported
     * @param value   the expected value, null for a fact without value
     * @param metric  the expected metric phrase, or null to leave it unchecked
     * @param change  "up 27" / "down 28.1", or null to leave it unchecked
     */
    public record Expected(String text, BigDecimal value, String metric, String change) {
    }
}
