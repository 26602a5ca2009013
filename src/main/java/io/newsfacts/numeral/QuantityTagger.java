package io.newsfacts.numeral;

import java.util.List;
import java.util.function.Consumer;

/**
 * Finds numerals, quantities, money and percentages in text. Immutable and thread-safe once built.
 * (Skeleton: the real implementation replaces this body; the signatures are the contract.)
 */
public final class QuantityTagger {

    private QuantityTagger() {
    }

    /** Loads the lexicons under {@code models/quantity/} from the classpath. */
    public static QuantityTagger fromDefaultModels() {
        return new QuantityTagger();
    }

    /** Mentions in text order; never throws on any input. */
    public List<QuantityMention> tag(String text) {
        return tag(text, warning -> { });
    }

    /** As {@link #tag(String)}, reporting skipped mentions (overflow, absurd input) to {@code warnings}. */
    public List<QuantityMention> tag(String text, Consumer<String> warnings) {
        return List.of();
    }
}
