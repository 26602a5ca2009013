package io.newsfacts.rule;

/** A span of the sentence that an earlier stage recognised as one unit with the given tag (an agency, a campaign). */
public record Span(int start, int end, Tag tag) {
}
