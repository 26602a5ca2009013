package io.newsfacts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the {@link AnalysisText} of a document. Paragraph breaks that cut a word or a sentence in two
 * (「作\n\n案车辆」) are removed, and so are image captions standing between the two halves of a sentence.
 * Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final Pattern CAPTION = Pattern.compile("(供图|摄影?[）)]?$|图为|图片来源|本组图片|资料图|图：|图/)");
    private static final String TERMINAL = "。！？!?；;：:”」』）)…—.";

    private final ScriptFolding folding;

    public TextNormalizer(ScriptFolding folding) {
        this.folding = folding;
    }

    public AnalysisText normalize(String original) {
        List<Paragraph> paragraphs = paragraphs(original);
        boolean[] drop = new boolean[original.length()];
        for (int i = 1; i + 1 < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!cutMidSentence(p, original)) {
                continue;
            }
            // Skip captions between the halves, then join with the continuation.
            int j = i + 1;
            while (j < paragraphs.size() && isCaption(paragraphs.get(j), original) && j - i <= 3) {
                j++;
            }
            if (j >= paragraphs.size() || !continuesSentence(paragraphs.get(j), original)) {
                continue;
            }
            for (int k = p.end; k < paragraphs.get(j).start; k++) {
                drop[k] = true;
            }
        }
        StringBuilder text = new StringBuilder(original.length());
        StringBuilder simplified = new StringBuilder(original.length());
        int[] map = new int[original.length()];
        int n = 0;
        for (int k = 0; k < original.length(); k++) {
            if (drop[k]) {
                continue;
            }
            char c = ScriptFolding.foldWidth(original.charAt(k));
            if (c == '\u0000' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                c = ' '; // control characters carry no text; keep the offset
            }
            text.append(c);
            simplified.append(folding.toSimplified(c));
            map[n++] = k;
        }
        int[] toOriginal = new int[n];
        System.arraycopy(map, 0, toOriginal, 0, n);
        return new AnalysisText(text.toString(), simplified.toString(), toOriginal, original.length());
    }

    /** A body paragraph whose last character is inside a sentence: no terminal punctuation, and it has clause punctuation. */
    private static boolean cutMidSentence(Paragraph p, String s) {
        if (p.end - p.start < 40 || s.charAt(p.start) == '#') {
            return false;
        }
        char last = s.charAt(p.end - 1);
        if (TERMINAL.indexOf(last) >= 0 || !(Character.isLetterOrDigit(last))) {
            return false;
        }
        String body = s.substring(p.start, p.end);
        return body.indexOf('，') >= 0 || body.indexOf('、') >= 0 || body.indexOf(',') >= 0;
    }

    private static boolean isCaption(Paragraph p, String s) {
        String body = s.substring(p.start, p.end);
        return body.length() < 120 && CAPTION.matcher(body).find();
    }

    private static final Pattern BYLINE = Pattern.compile("\\d{4}[-年/.]\\d{1,2}|来源|记者|日报|晚报|讯|新闻网");

    private static boolean continuesSentence(Paragraph p, String s) {
        if (BYLINE.matcher(s.substring(p.start, Math.min(p.end, p.start + 30))).find()) {
            return false;
        }
        char first = s.charAt(p.start);
        return first != '#' && (Character.isLetterOrDigit(first) || first == '“' || first == '"' || first == '「');
    }

    private record Paragraph(int start, int end) {
    }

    /** Non-blank lines, trimmed of surrounding whitespace. */
    private static List<Paragraph> paragraphs(String s) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int lineEnd = s.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int a = i;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                out.add(new Paragraph(a, b));
            }
            i = lineEnd + 1;
        }
        return out;
    }
}
