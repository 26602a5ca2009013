package io.newsfacts.model;

import io.newsfacts.rule.RuleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the TSV files under {@code models/} (lexicons, taxonomies, unit tables, word lists). They share a
 * format: UTF-8, one row per line, columns separated by tabs; blank lines and lines starting with '#' are skipped and
 * the first other line is the header. Each model class still checks its own columns, reporting a bad row with
 * {@link Row#fail}, so that every message reads {@code file:line: reason}.
 */
public final class ModelTable {

    private ModelTable() {
    }

    /**
     * A data row. {@code line} counts every line of the file from 1, comments included, so it is the line an editor
     * shows. {@code columns} are split from {@code text} as written: not stripped, trailing empty columns kept.
     */
    public record Row(String file, int line, String text, List<String> columns) {

        public Row {
            columns = List.copyOf(columns);
        }

        /** Column {@code i} as written; throws IndexOutOfBoundsException past {@link #size()}. */
        public String col(int i) {
            return columns.get(i);
        }

        /** The number of columns, trailing empty ones included. */
        public int size() {
            return columns.size();
        }

        /** The exception for a malformed row, returned so that callers write {@code throw row.fail(…)}. */
        public RuleFileException fail(String reason) {
            return new RuleFileException(file, line, reason);
        }
    }

    /**
     * A model file's text from the classpath. This class's own loader is the loader of every model class (they ship
     * in one jar), so a loader that puts an edited model file first, as {@code MalformedModelsTest} does, is seen here.
     */
    public static String read(String file) {
        try (InputStream in = ModelTable.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new RuleFileException(file, 0, "not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The data rows of {@code content}, the header left out. The header's first columns must be {@code header}
     * (compared without surrounding white space); if they are not, or the file has no header at all, this fails with
     * the caller's {@code headerReason} at the header's line (line 1 when there is none).
     */
    public static List<Row> rows(String file, String content, String headerReason, String... header) {
        List<Row> rows = new ArrayList<>();
        boolean seenHeader = false;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            // Split the line as written: stripping it first would drop trailing empty columns (an id with no verbs).
            Row row = new Row(file, i + 1, lines[i], List.of(lines[i].split("\t", -1)));
            if (seenHeader) {
                rows.add(row);
            } else if (startsWith(row, header)) {
                seenHeader = true;
            } else {
                throw row.fail(headerReason);
            }
        }
        if (!seenHeader) {
            throw new RuleFileException(file, 1, headerReason);
        }
        return List.copyOf(rows);
    }

    private static boolean startsWith(Row row, String... names) {
        if (row.size() < names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!row.col(i).strip().equals(names[i])) {
                return false;
            }
        }
        return true;
    }
}
