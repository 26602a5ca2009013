package io.newsfacts.rule;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compiled fact rule.
 *
 * @param id         unique id; written into every record the rule produces
 * @param family     the rule file's family
 * @param priority   higher runs first; a value claimed by one rule is not taken by another
 * @param confidence confidence given to the records it produces
 * @param pattern    the pattern as written in the rule file
 * @param regex      the pattern compiled over tag symbols
 * @param captures   capture names used in the pattern
 * @param emit       what a match becomes
 * @param attachToPrevious for CHANGE: join the preceding fact of the sentence when it has no change yet
 * @param sentenceBefore for CHANGE ({@code attach: sentence-before}): only a change of a figure the sentence before
 *                       states (與6月相比，案件數減少42件); no fact of its own when none takes it
 * @param inheritVerb for VALUE without a verb capture: reuse the verb of the preceding fact in the sentence
 * @param inheritMetric for VALUE without a metric: reuse the metric of the preceding fact (23起98人)
 * @param earlierLevel for VALUE: the figure is a level left or compared with (由433宗增至511宗, 較去年(54 225宗)), so a
 *                     change stated after it belongs to the current level
 * @param source     file and line, for messages
 */
public record Rule(String id, String family, int priority, double confidence, String pattern, Pattern regex,
                   Set<String> captures, Emit emit, boolean attachToPrevious, boolean sentenceBefore, boolean inheritVerb,
                   boolean inheritMetric, boolean earlierLevel, String source) {
}
