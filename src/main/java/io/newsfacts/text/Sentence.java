package io.newsfacts.text;

/**
 * A sentence: {@code [start, end)} in analysis-text offsets; {@code paragraph} counts paragraphs within the document,
 * {@code heading} marks a headline or section heading line.
 */
public record Sentence(int start, int end, int paragraph, boolean heading) {
}
