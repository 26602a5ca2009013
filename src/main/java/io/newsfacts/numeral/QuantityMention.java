package io.newsfacts.numeral;

import java.math.BigDecimal;

/**
 * A numeric mention found in text.
 *
 * @param start  UTF-16 offset of the first character of the number (leading approx words such as 超/近/约 excluded)
 * @param end    exclusive end offset (unit and trailing approx words such as 余/多/以上/左右 included)
 * @param text   the surface text {@code [start, end)}
 * @param kind   number, quantity (with classifier/unit), money, percent or ordinal
 * @param value  the value fully expanded (9452万元 → 94520000; 27% → 27); the lower bound of a range
 * @param max    the upper bound of a range (3至5人 → 5), else null
 * @param unit   the classifier or unit as written with the scale folded (万元 → 元; % for percent), null for bare numbers
 * @param approx approximation marker, null when exact
 */
public record QuantityMention(int start, int end, String text, QuantityKind kind,
                              BigDecimal value, BigDecimal max, String unit, Approx approx) {
}
