package io.newsfacts.fact;

import io.newsfacts.model.ModelTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Canonical metric ids (suspects.arrested, cases.solved …) from {@code models/metrics/taxonomy.tsv}: the first row whose
 * verb and object words both occur in the metric phrase (Simplified script) gives the id. Immutable.
 */
public final class MetricTaxonomy {

    public static final String DEFAULT_FILE = "models/metrics/taxonomy.tsv";

    private record Row(String id, List<String> verbs, List<String> objects) {
        boolean matches(String metric) {
            return (verbs.isEmpty() || verbs.stream().anyMatch(metric::contains))
                    && (objects.isEmpty() || objects.stream().anyMatch(metric::contains));
        }
    }

    private final List<Row> rows;

    private MetricTaxonomy(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static MetricTaxonomy loadDefault() {
        return parse(DEFAULT_FILE, ModelTable.read(DEFAULT_FILE));
    }

    /** Columns: id, verbs (| separated, may be empty), objects (| separated, may be empty). */
    public static MetricTaxonomy parse(String file, String content) {
        List<Row> rows = new ArrayList<>();
        for (ModelTable.Row row : ModelTable.rows(file, content, "header must be 'id<TAB>verbs<TAB>objects'",
                "id", "verbs", "objects")) {
            if (row.size() < 3 || !row.col(0).matches("[a-z_]+(\\.[a-z_]+)+")) {
                throw row.fail("expected 'dotted.id<TAB>verbs<TAB>objects', got: " + row.text());
            }
            if (row.col(1).isBlank() && row.col(2).isBlank()) {
                throw row.fail("row " + row.col(0) + " has neither verbs nor objects");
            }
            rows.add(new Row(row.col(0), split(row.col(1)), split(row.col(2))));
        }
        return new MetricTaxonomy(rows);
    }

    private static List<String> split(String col) {
        return col.isBlank() ? List.of() : List.of(col.strip().split("\\|"));
    }

    /** The id of a metric phrase (Simplified script), if any row fits. */
    public Optional<String> idOf(String simplifiedMetric) {
        for (Row r : rows) {
            if (r.matches(simplifiedMetric)) {
                return Optional.of(r.id());
            }
        }
        return Optional.empty();
    }
}
