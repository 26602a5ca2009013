package io.newsfacts.time;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Finds time expressions and resolves them against a reference date-time (the publication date).
 * Immutable and thread-safe. (Skeleton: the real implementation replaces this body; the signatures are the contract.)
 */
public final class TimeTagger {

    private TimeTagger() {
    }

    public static TimeTagger fromDefaultModels() {
        return new TimeTagger();
    }

    /**
     * @param reference the publication date-time, or null when unknown (relative expressions then stay unresolved)
     * @return mentions in text order; never throws on any input
     */
    public List<TimeMention> tag(String text, LocalDateTime reference) {
        return List.of();
    }
}
