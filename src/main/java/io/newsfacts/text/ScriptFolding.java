package io.newsfacts.text;

import com.hankcs.hanlp.HanLP;
import io.newsfacts.model.ModelTable;

/**
 * One-to-one character folding used for matching: full-width ASCII to ASCII, and Traditional to Simplified characters.
 * Only character-for-character mappings are kept, so offsets never move. Built once; immutable.
 */
public final class ScriptFolding {

    private static final char FIRST_CJK = '\u3400';
    private static final char LAST_CJK = '\u9FFF';
    private final char[] simplified = new char[LAST_CJK - FIRST_CJK + 1];

    static final String TABLE_FILE = "models/text/traditional-to-simplified.tsv";

    private ScriptFolding() {
        for (int i = 0; i < simplified.length; i++) {
            simplified[i] = (char) (FIRST_CJK + i);
        }
        // A table read from models/ (2,973 pairs) instead of HanLP's phrase dictionary: loading that dictionary and
        // converting 27,000 characters cost 0.2 s of every start-up.
        for (ModelTable.Row row : ModelTable.rows(TABLE_FILE, ModelTable.read(TABLE_FILE),
                "header must be 'traditional<TAB>simplified'", "traditional", "simplified")) {
            String from = row.col(0);
            String to = row.col(1);
            if (from.length() != 1 || to.length() != 1 || from.charAt(0) < FIRST_CJK || from.charAt(0) > LAST_CJK) {
                throw row.fail("expected one CJK character (U+3400-U+9FFF) in each column");
            }
            simplified[from.charAt(0) - FIRST_CJK] = to.charAt(0);
        }
    }

    /**
     * The one-to-one part of HanLP's Traditional-to-Simplified conversion, asked one character at a time (its t2s
     * dictionary is phrase-based): what {@link #TABLE_FILE} holds. For the test that keeps the two in step.
     */
    static char[] fromHanLP() {
        char[] table = new char[LAST_CJK - FIRST_CJK + 1];
        StringBuilder all = new StringBuilder(table.length * 2);
        for (char c = FIRST_CJK; c <= LAST_CJK; c++) {
            all.append(c).append('\n');
        }
        String[] lines = HanLP.convertToSimplifiedChinese(all.toString()).split("\n", -1);
        for (int i = 0; i < table.length; i++) {
            char original = (char) (FIRST_CJK + i);
            String s = i < lines.length ? lines[i] : "";
            table[i] = s.length() == 1 ? s.charAt(0) : original;
        }
        return table;
    }

    /** This table as an array indexed from U+3400. */
    char[] table() {
        return simplified.clone();
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
