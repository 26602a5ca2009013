package io.newsfacts.fact;

import io.newsfacts.rule.Span;

import java.util.List;
import java.util.Optional;

/**
 * What the entity stage knows about one article: the agency and campaign in scope at an offset, and the entity spans
 * that rules see as single units. Offsets are relative to the article's analysis text.
 */
interface ArticleContext {

    /** The acting agency in scope at {@code offset}: its full name in the source script and admin code (nullable). */
    Optional<AgencyRef> agencyAt(int offset);

    Optional<String> campaignAt(int offset);

    /** Agency and campaign spans inside {@code [from, to)}, relative to {@code from}. */
    List<Span> spansIn(int from, int to);

    record AgencyRef(String name, String code) {
    }
}
