package io.newsfacts.rule;

import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.time.TimeMention;

/**
 * One tagged unit of a sentence: a word, or a whole mention (quantity, time, entity) that rules see as one unit.
 * Offsets are relative to the sentence.
 *
 * @param quantity the quantity mention for QUANTITY/PERCENT/NUMBER units, else null
 * @param time     the time mention for TIME units, else null
 */
public record Unit(int start, int end, Tag tag, QuantityMention quantity, TimeMention time) {

    static Unit of(int start, int end, Tag tag) {
        return new Unit(start, end, tag, null, null);
    }
}
