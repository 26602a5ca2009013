package io.newsfacts.rule;

import java.util.Set;

/**
 * What a rule's match becomes, and the captures it needs.
 * <ul>
 *   <li>VALUE: a fact with a value ({@code value}); metric from {@code verb} + {@code metric}; optional change ({@code dir}, {@code pct}, {@code basis}).</li>
 *   <li>CHANGE: a change ({@code dir} with {@code pct} or an absolute {@code amount}); joins the preceding fact of the sentence when {@code attach: previous}, else a fact without value.</li>
 *   <li>RESPECTIVELY: 分别 — a list of changes ({@code dir}, {@code pcts}) paired in order with the preceding facts or with {@code subjects}.</li>
 *   <li>VALUES: 分别 — a list of values ({@code values}) paired in order with a list of {@code subjects}
 *   (安全感和满意度分别达到93.84%、89.14%): one fact per pair.</li>
 *   <li>BASELINE: a value stated as the basis of a change (相比2022年494条下降51.82%): two facts, the baseline and the change.</li>
 * </ul>
 */
public enum Emit {
    VALUE(Set.of("value"), Set.of("verb", "metric", "value", "dir", "pct", "amount", "basis")),
    CHANGE(Set.of("dir"), Set.of("metric", "dir", "pct", "amount", "basis")),
    RESPECTIVELY(Set.of("dir", "pcts"), Set.of("subjects", "dir", "pcts", "basis")),
    BASELINE(Set.of("value", "dir", "pct", "basis"), Set.of("metric", "value", "dir", "pct", "basis")),
    VALUES(Set.of("subjects", "values"), Set.of("subjects", "values", "object", "verb"));

    private final Set<String> required;
    private final Set<String> allowed;

    Emit(Set<String> required, Set<String> allowed) {
        this.required = required;
        this.allowed = allowed;
    }

    public Set<String> required() {
        return required;
    }

    public Set<String> allowed() {
        return allowed;
    }
}
