package io.newsfacts.fact;

import io.newsfacts.rule.RuleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = MetricTaxonomy.class.getClassLoader().getResourceAsStream(DEFAULT_FILE)) {
            if (in == null) {
                throw new RuleFileException(DEFAULT_FILE, 0, "not found on the classpath");
            }
            return parse(DEFAULT_FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns: id, verbs (| separated, may be empty), objects (| separated, may be empty). */
    public static MetricTaxonomy parse(String file, String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (!header) {
                if (cols.length < 3 || !cols[0].equals("id") || !cols[1].equals("verbs") || !cols[2].equals("objects")) {
                    throw new RuleFileException(file, i + 1, "header must be 'id<TAB>verbs<TAB>objects'");
                }
                header = true;
                continue;
            }
            if (cols.length < 3 || !cols[0].matches("[a-z_]+(\\.[a-z_]+)+")) {
                throw new RuleFileException(file, i + 1, "expected 'dotted.id<TAB>verbs<TAB>objects', got: " + line);
            }
            if (cols[1].isBlank() && cols[2].isBlank()) {
                throw new RuleFileException(file, i + 1, "row " + cols[0] + " has neither verbs nor objects");
            }
            rows.add(new Row(cols[0], split(cols[1]), split(cols[2])));
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
