package io.newsfacts.numeral;

import io.newsfacts.rule.RuleFileException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The units of {@code models/quantity/units.tsv}, matched longest first. Immutable. */
final class UnitTable {

    record UnitEntry(String written, QuantityKind kind, BigDecimal scale, String base) {
    }

    private final Map<String, UnitEntry> byText;
    private final int maxLength;

    private UnitTable(Map<String, UnitEntry> byText) {
        this.byText = Map.copyOf(byText);
        this.maxLength = byText.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static UnitTable parse(String file, String content) {
        Map<String, UnitEntry> map = new HashMap<>();
        String[] lines = content.split("\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (!header) {
                if (c.length < 4 || !c[0].equals("unit") || !c[1].equals("kind")) {
                    throw new RuleFileException(file, i + 1, "header must be 'unit<TAB>kind<TAB>scale<TAB>base'");
                }
                header = true;
                continue;
            }
            if (c.length < 4) {
                throw new RuleFileException(file, i + 1, "expected 4 columns: " + line);
            }
            QuantityKind kind;
            try {
                kind = QuantityKind.valueOf(c[1].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(file, i + 1, "unknown kind '" + c[1] + "'");
            }
            BigDecimal scale;
            try {
                scale = new BigDecimal(c[2].strip());
            } catch (NumberFormatException e) {
                throw new RuleFileException(file, i + 1, "scale is not a number: '" + c[2] + "'");
            }
            if (map.put(c[0].strip(), new UnitEntry(c[0].strip(), kind, scale, c[3].strip())) != null) {
                throw new RuleFileException(file, i + 1, "unit listed twice: " + c[0]);
            }
        }
        return new UnitTable(map);
    }

    /** The longest unit starting at {@code at}, or null. */
    UnitEntry longestAt(CharSequence s, int at) {
        for (int len = Math.min(maxLength, s.length() - at); len >= 1; len--) {
            UnitEntry e = byText.get(s.subSequence(at, at + len).toString());
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
