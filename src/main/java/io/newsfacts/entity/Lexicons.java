package io.newsfacts.entity;

import io.newsfacts.model.ModelTable;

import java.util.List;

/** Reads the TSV lexicons of {@code models/entity/}, whose rows need at least as many columns as their header names. */
final class Lexicons {

    private Lexicons() {
    }

    static List<String[]> rows(String path, String... header) {
        List<ModelTable.Row> rows = ModelTable.rows(path, ModelTable.read(path),
                "header must be " + String.join("<TAB>", header), header);
        for (ModelTable.Row row : rows) {
            if (row.size() < header.length) {
                throw row.fail("expected " + header.length + " columns: " + row.text());
            }
        }
        return rows.stream().map(row -> row.columns().toArray(String[]::new)).toList();
    }

    /**
     * The phrases of a one-column lexicon, each row expanded: {@code {全省|全市}{|各级}生态环境部门} stands for every
     * combination of its groups (an empty alternative makes a group optional), so that a family of phrases is one row.
     */
    static List<String> phrases(String path, String header) {
        List<String> out = new java.util.ArrayList<>();
        for (ModelTable.Row row : ModelTable.rows(path, ModelTable.read(path), "header must be " + header, header)) {
            try {
                out.addAll(expand(row.col(0).strip()));
            } catch (IllegalArgumentException e) {
                throw row.fail(e.getMessage());
            }
        }
        return out;
    }

    /** Every combination of the {@code {a|b|…}} groups in {@code pattern}; text outside groups is kept as written. */
    static List<String> expand(String pattern) {
        List<String> done = new java.util.ArrayList<>(List.of(""));
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '}' || c == '|') {
                throw new IllegalArgumentException("'" + c + "' outside a {…} group in " + pattern);
            }
            List<String> parts;
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0 || pattern.substring(i + 1, close).contains("{")) {
                    throw new IllegalArgumentException("unclosed {…} group in " + pattern);
                }
                parts = List.of(pattern.substring(i + 1, close).split("\\|", -1));
                i = close + 1;
            } else {
                int next = i;
                while (next < pattern.length() && "{}|".indexOf(pattern.charAt(next)) < 0) {
                    next++;
                }
                parts = List.of(pattern.substring(i, next));
                i = next;
            }
            List<String> grown = new java.util.ArrayList<>(done.size() * parts.size());
            for (String prefix : done) {
                for (String part : parts) {
                    grown.add(prefix + part);
                }
            }
            done = grown;
        }
        return done;
    }
}
