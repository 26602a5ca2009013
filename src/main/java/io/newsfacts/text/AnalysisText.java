package io.newsfacts.text;

/**
 * The text the pipeline analyses, derived from a document's original text: broken lines joined, captions that cut a
 * sentence removed, full-width ASCII folded, and a Simplified-script twin for lexicon matching. Every character keeps
 * its offset in the original document, so records can point back into the original.
 *
 * @param text        analysis text in the source script (same length as {@code simplified})
 * @param simplified  the same text with Traditional characters mapped one-to-one to Simplified ones
 * @param toOriginal  for each analysis character, its UTF-16 index in the original document
 * @param originalLength length of the original document
 */
public record AnalysisText(String text, String simplified, int[] toOriginal, int originalLength) {

    /** Original offset of the analysis character at {@code index}. */
    public int originalStart(int index) {
        if (index >= toOriginal.length) {
            return originalLength;
        }
        return toOriginal[index];
    }

    /** Original exclusive end offset of an analysis span ending (exclusively) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return toOriginal[end - 1] + 1;
    }

    public int length() {
        return text.length();
    }
}
