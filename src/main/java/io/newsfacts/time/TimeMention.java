package io.newsfacts.time;

import java.time.LocalDateTime;

/**
 * A time expression found in text, resolved against a reference date-time.
 *
 * @param from inclusive start; null when the expression is relative and no reference was known, or for a duration
 * @param to   exclusive end (2024年3月7日 → 2024-03-07T00:00 .. 2024-03-08T00:00)
 * @param grain precision of the expression (day for 2024年3月7日, month for 去年11月)
 */
public record TimeMention(int start, int end, String text, TimeKind kind,
                          LocalDateTime from, LocalDateTime to, Grain grain) {

    /** True when {@code from} and {@code to} are known. */
    public boolean resolved() {
        return from != null && to != null;
    }
}
