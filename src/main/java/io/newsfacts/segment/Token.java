package io.newsfacts.segment;

/** A word from the segmenter with its part of speech and UTF-16 offsets into the segmented text. */
public record Token(String word, String pos, int start, int end) {
}
