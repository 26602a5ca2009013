package io.newsfacts.text;

import com.hankcs.hanlp.HanLP;

/**
 * One-to-one character folding used for matching: full-width ASCII to ASCII, and Traditional to Simplified characters.
 * Only character-for-character mappings are kept, so offsets never move. Built once; immutable.
 */
public final class ScriptFolding {

    private static final char FIRST_CJK = '\u3400';
    private static final char LAST_CJK = '\u9FFF';
    private final char[] simplified = new char[LAST_CJK - FIRST_CJK + 1];

    private ScriptFolding() {
        // HanLP's t2s dictionary is phrase-based; asking it one character at a time gives the 1:1 part we can use.
        StringBuilder all = new StringBuilder(simplified.length * 2);
        for (char c = FIRST_CJK; c <= LAST_CJK; c++) {
            all.append(c).append('\n');
        }
        String converted = HanLP.convertToSimplifiedChinese(all.toString());
        String[] lines = converted.split("\n", -1);
        for (int i = 0; i < simplified.length; i++) {
            char original = (char) (FIRST_CJK + i);
            String s = i < lines.length ? lines[i] : "";
            simplified[i] = s.length() == 1 ? s.charAt(0) : original;
        }
    }

    private static final class Holder {
        private static final ScriptFolding INSTANCE = new ScriptFolding();
    }

    /**
     * Whether a text is written in Traditional script: a Simplified article may hold a stray Traditional character (篋),
     * a Traditional one changes about a fifth of its characters when folded.
     *
     * @param simplified the text folded by {@link #toSimplified}
     */
    public static boolean isTraditional(String text, String simplified) {
        int cjk = 0;
        int changed = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
                if (simplified.charAt(k) != c) {
                    changed++;
                }
            }
        }
        return changed > 0 && changed * 20 >= cjk; // at least 5%
    }

    /** The shared immutable table (built on first use). */
    public static ScriptFolding instance() {
        return Holder.INSTANCE;
    }

    /** Full-width ASCII (！-～) to ASCII, ideographic space to space; other characters unchanged. */
    public static char foldWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            char ascii = (char) (c - 0xFEE0);
            // Keep Chinese punctuation that carries clause structure (，；：！？（）) as written.
            if (Character.isLetterOrDigit(ascii) || ascii == '%' || ascii == '.' || ascii == '+' || ascii == '-') {
                return ascii;
            }
            return c;
        }
        return c;
    }

    public char toSimplified(char c) {
        if (c >= FIRST_CJK && c <= LAST_CJK) {
            return simplified[c - FIRST_CJK];
        }
        return c;
    }

    public String toSimplified(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toSimplified(s.charAt(i));
        }
        return new String(out);
    }
}
