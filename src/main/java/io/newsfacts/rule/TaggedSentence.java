package io.newsfacts.rule;

import java.util.List;

/**
 * A sentence as rules see it: its units and their tag symbols, one character per unit.
 *
 * @param text       the sentence in the source script
 * @param simplified the same sentence folded to Simplified script
 * @param units      units in order
 * @param tags       {@code tags.charAt(i)} is the symbol of {@code units.get(i)}
 */
public record TaggedSentence(String text, String simplified, List<Unit> units, String tags) {

    public TaggedSentence {
        units = List.copyOf(units);
    }

    /** Source text of units {@code [from, to)}. */
    public String textOf(int fromUnit, int toUnit) {
        if (fromUnit >= toUnit) {
            return "";
        }
        return text.substring(units.get(fromUnit).start(), units.get(toUnit - 1).end());
    }
}
