package io.newsfacts.rule;

import java.util.Map;
import java.util.Optional;

/**
 * A rule's match on a tagged sentence: capture name → unit range {@code [from, to)} (unit indices).
 */
public record RuleMatch(Rule rule, int from, int to, Map<String, Range> captures) {

    public RuleMatch {
        captures = Map.copyOf(captures);
    }

    /** A range of unit indices, end exclusive. */
    public record Range(int from, int to) {
        public boolean isEmpty() {
            return to <= from;
        }
    }

    public Optional<Range> capture(String name) {
        Range r = captures.get(name);
        return r == null || r.isEmpty() ? Optional.empty() : Optional.of(r);
    }
}
