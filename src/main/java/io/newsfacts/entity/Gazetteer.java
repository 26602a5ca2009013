package io.newsfacts.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place names of China (full and short forms: 儋州市 and 儋州) with their administrative codes, from
 * {@code models/entity/places.tsv}. When a short form is shared, the higher-level place wins. Immutable.
 */
final class Gazetteer {

    record Place(String fullName, String code, int rank) {
        /** A province or autonomous region, whose public security body is a 公安厅 (the four municipalities have 公安局). */
        boolean hasDepartments() {
            return rank == 0 && code != null && !(code.startsWith("11") || code.startsWith("12") || code.startsWith("31")
                    || code.startsWith("50"));
        }

        /** Taiwan's municipalities and counties (places-taiwan.tsv, without codes): their police is a 警察局. */
        boolean inTaiwan() {
            return code == null;
        }

    }

    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗");

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> provinces = new HashMap<>();
    private final int maxLength;
    private final java.util.BitSet firstChars = new java.util.BitSet(65536);
    /** Proper prefixes of place names, so a scan stops as soon as no name can continue. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();

    Gazetteer() {
        java.util.Set<String> notPlaces = new java.util.HashSet<>();
        for (String[] row : Lexicons.rows("models/entity/not-places.tsv", "word")) {
            notPlaces.add(row[0]);
        }
        List<String[]> rows = new java.util.ArrayList<>(Lexicons.rows("models/entity/places.tsv", "code", "name", "level", "parent"));
        rows.addAll(Lexicons.rows("models/entity/places-taiwan.tsv", "code", "name", "level", "parent"));
        for (String[] row : rows) {
            String code = row[0].isBlank() ? null : padCode(row[0]);
            int rank = switch (row[2]) {
                case "province", "sar-or-taiwan" -> 0;
                case "prefecture" -> 1;
                default -> 2;
            };
            Place place = new Place(row[1], code, rank);
            if (rank == 0 && code != null) {
                provinces.put(code.substring(0, 2), place);
            }
            if (!notPlaces.contains(row[1])) {
                add(row[1], place);
            }
            for (String suffix : SUFFIXES) {
                if (row[1].endsWith(suffix) && row[1].length() - suffix.length() >= 2) {
                    String shortForm = row[1].substring(0, row[1].length() - suffix.length());
                    if (!notPlaces.contains(shortForm)) {
                        add(shortForm, place);
                    }
                    break;
                }
            }
        }
        maxLength = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
        byName.keySet().forEach(n -> {
            firstChars.set(n.charAt(0));
            for (int k = 2; k < n.length(); k++) {
                prefixes.add(n.substring(0, k));
            }
        });
    }

    private void add(String name, Place place) {
        Place old = byName.get(name);
        // Keep the higher-level place; for 儋州市 (a prefecture with one county of the same name) keep the 6-digit code.
        if (old == null || place.rank() < old.rank()
                || (place.rank() == old.rank() && place.fullName().equals(name) && !old.fullName().equals(name))) {
            byName.put(name, place);
        } else if (old.fullName().equals(place.fullName()) && place.rank() > old.rank()) {
            byName.put(name, new Place(old.fullName(), place.code(), old.rank()));
        }
    }

    private static String padCode(String code) {
        StringBuilder s = new StringBuilder(code);
        while (s.length() < 6) {
            s.append('0');
        }
        return s.toString();
    }

    /** The length of the longest place name starting at {@code at}, or 0. */
    int longestAt(String s, int at) {
        if (at >= s.length() || !firstChars.get(s.charAt(at))) {
            return 0;
        }
        int best = 0;
        for (int len = 2; len <= maxLength && at + len <= s.length(); len++) {
            String candidate = s.substring(at, at + len);
            if (byName.containsKey(candidate)) {
                best = len;
            }
            if (!prefixes.contains(candidate)) {
                break;
            }
        }
        return best;
    }

    Place place(String name) {
        return byName.get(name);
    }

    /** The province a place lies in (杭州 → 浙江省), by the first two digits of its code; null without a code. */
    Place provinceOf(Place place) {
        return place == null || place.code() == null ? null : provinces.get(place.code().substring(0, 2));
    }
}
