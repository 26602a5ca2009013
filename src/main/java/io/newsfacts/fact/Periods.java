package io.newsfacts.fact;

import io.newsfacts.time.TimeMention;

/** The FACTS.md period string of a time mention. */
final class Periods {

    private Periods() {
    }

    static String of(TimeMention t) {
        return t == null ? null : t.period();
    }
}
