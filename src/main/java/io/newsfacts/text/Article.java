package io.newsfacts.text;

/** One article inside a document: {@code [start, end)} in analysis-text offsets, with its headline when known. */
public record Article(int start, int end, String headline) {
}
