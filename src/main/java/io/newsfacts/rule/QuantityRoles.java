package io.newsfacts.rule;

import io.newsfacts.model.ModelTable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code models/rules/quantity-roles.tsv} that decide a quantity's part in its sentence before the
 * rules run: units that never give a fact's value (年, 岁, 倍), words that make a following multiple a change (增长18.3倍),
 * durations that are a metric's value or a change's amount, and session names (四次会议). Immutable.
 */
public final class QuantityRoles {

    public static final String DEFAULT_FILE = "models/rules/quantity-roles.tsv";

    enum Role {
        NOT_A_VALUE_UNIT, GROWTH_BEFORE_MULTIPLE, DURATION_UNIT, DURATION_METRIC, DURATION_CHANGE, SESSION_WORD,
        CAUSATIVE_VERB, SMALL_COUNT_CLASSIFIER
    }

    private static final String SMALL_WRITTEN_NUMERALS = "一二两三四五六七八九十";

    private final Map<Role, Set<String>> sets;
    private final Map<Role, List<String>> lists;

    private QuantityRoles(Map<Role, List<String>> words) {
        Map<Role, Set<String>> s = new EnumMap<>(Role.class);
        Map<Role, List<String>> l = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            List<String> w = words.getOrDefault(r, List.of());
            l.put(r, List.copyOf(w));
            s.put(r, Set.copyOf(new HashSet<>(w)));
        }
        this.sets = s;
        this.lists = l;
    }

    public static QuantityRoles loadDefault() {
        return parse(DEFAULT_FILE, ModelTable.read(DEFAULT_FILE));
    }

    /** Parses {@code role<TAB>word[<TAB>note]} rows (comments and header as {@link ModelTable} reads them). */
    public static QuantityRoles parse(String file, String content) {
        Map<Role, List<String>> words = new EnumMap<>(Role.class);
        for (ModelTable.Row row : ModelTable.rows(file, content, "header must be role<TAB>word<TAB>note",
                "role", "word")) {
            if (row.size() < 2 || row.col(1).isBlank()) {
                throw row.fail("expected role<TAB>word");
            }
            Role role;
            try {
                role = Role.valueOf(row.col(0).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.fail("unknown role '" + row.col(0) + "'");
            }
            words.computeIfAbsent(role, r -> new ArrayList<>()).add(row.col(1).strip());
        }
        return new QuantityRoles(words);
    }

    /** 造成, 导致…: a count after the verb is what the clause's earlier figure caused. */
    public boolean isCausativeVerb(String word) {
        return has(Role.CAUSATIVE_VERB, word);
    }

    /** 两个, 三项, 十条: one numeral character from 一 to 十 and a classifier of the small-count list, nothing else. */
    public boolean isSmallWrittenCount(String text) {
        return text.length() == 2 && SMALL_WRITTEN_NUMERALS.indexOf(text.charAt(0)) >= 0
                && has(Role.SMALL_COUNT_CLASSIFIER, text.substring(1));
    }

    boolean has(Role role, String word) {
        return word != null && sets.get(role).contains(word);
    }

    /** Whether one of the role's words ends right at {@code end} in {@code s}. */
    boolean endsAt(Role role, String s, int end) {
        for (String w : lists.get(role)) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the role's words starts at {@code start} in {@code s}. */
    boolean startsAt(Role role, String s, int start) {
        for (String w : lists.get(role)) {
            if (s.startsWith(w, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the role's words occurs in {@code s[from, to)}. */
    boolean occursIn(Role role, String s, int from, int to) {
        String window = s.substring(Math.max(0, from), Math.max(Math.max(0, from), to));
        for (String w : lists.get(role)) {
            if (window.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
