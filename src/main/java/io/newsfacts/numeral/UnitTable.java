package io.newsfacts.numeral;

import io.newsfacts.model.ModelTable;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
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
        for (ModelTable.Row row : ModelTable.rows(file, content, "header must be 'unit<TAB>kind<TAB>scale<TAB>base'",
                "unit", "kind", "scale", "base")) {
            if (row.size() < 4) {
                throw row.fail("expected 4 columns: " + row.text());
            }
            QuantityKind kind;
            try {
                kind = QuantityKind.valueOf(row.col(1).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("unknown kind '" + row.col(1) + "'");
            }
            BigDecimal scale;
            try {
                scale = new BigDecimal(row.col(2).strip());
            } catch (NumberFormatException e) {
                throw row.fail("scale is not a number: '" + row.col(2) + "'");
            }
            String unit = row.col(0).strip();
            if (map.put(unit, new UnitEntry(unit, kind, scale, row.col(3).strip())) != null) {
                throw row.fail("unit listed twice: " + row.col(0));
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
