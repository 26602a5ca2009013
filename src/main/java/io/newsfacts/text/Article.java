package io.newsfacts.text;

/** One article inside a document: {@code [start, end)} in analysis-text offsets, with its headline when known. */
public record Article(int start, int end, String headline) {

    /**
     * Whether a line can be a headline: a page without a title gives its first body line as the headline, and a line
     * holding a full stop is a paragraph of the body, which names agencies, campaigns and dates in passing.
     */
    public static boolean isHeadline(String line) {
        return line != null && line.indexOf('。') < 0;
    }
}
