package io.newsfacts.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at 。！？!? (closing quotes stay with their sentence) and at line ends. A run longer than
 * {@link #MAX_SENTENCE_CHARS} without any of them is no sentence a reader would write (a table flattened to one line,
 * a dump of digits): it is cut at its last clause mark or space before the limit, so per-sentence work stays bounded.
 */
public final class SentenceSplitter {

    public static final int MAX_SENTENCE_CHARS = 2000;
    private static final String ENDERS = "。！？!?";
    private static final String CLOSERS = "”’」』）)\"";
    private static final String SOFT_BREAKS = "；;，,、：: \t\u3000";

    public List<Sentence> split(String text, int from, int to, int firstParagraph) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = firstParagraph;
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                paragraph++;
                start = i + 1;
                while (start < to && text.charAt(start) == '\n') {
                    start++;
                }
                i = start;
                continue;
            }
            if (ENDERS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < to && (ENDERS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(out, text, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
            if (i - start >= MAX_SENTENCE_CHARS) {
                int cut = softBreak(text, start, i);
                add(out, text, start, cut, paragraph);
                start = cut;
                i = cut;
                continue;
            }
            i++;
        }
        add(out, text, start, to, paragraph);
        return out;
    }

    /** Where to cut an overlong run {@code [start, limit)}: after its last soft break, else not inside a number. */
    private static int softBreak(String text, int start, int limit) {
        for (int k = limit - 1; k > start + MAX_SENTENCE_CHARS / 2; k--) {
            if (SOFT_BREAKS.indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        for (int k = limit; k > limit - 64; k--) {
            char before = text.charAt(k - 1);
            if (!(Character.isDigit(before) && Character.isDigit(text.charAt(k))) && !Character.isHighSurrogate(before)) {
                return k;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            boolean heading = text.charAt(start) == '#';
            out.add(new Sentence(start, end, paragraph, heading));
        }
    }
}
