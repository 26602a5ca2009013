package io.newsfacts.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences at 。！？!? (closing quotes stay with their sentence) and at line ends. */
public final class SentenceSplitter {

    private static final String ENDERS = "。！？!?";
    private static final String CLOSERS = "”’」』）)\"";

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
            i++;
        }
        add(out, text, start, to, paragraph);
        return out;
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
