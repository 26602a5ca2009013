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
}
