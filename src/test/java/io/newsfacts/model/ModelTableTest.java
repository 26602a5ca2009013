package io.newsfacts.model;

import io.newsfacts.rule.RuleFileException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelTableTest {

    @Test
    void rowsKeepTheirFileLineAndColumnsAsWritten() {
        String tsv = "# comment\n\nid\tverbs\tobjects\n  # indented comment\na.b\t抓获\t\n\t\n";
        List<ModelTable.Row> rows = ModelTable.rows("t.tsv", tsv, "bad header", "id", "verbs");
        assertEquals(1, rows.size(), "comments, blank lines and a line of only a tab are skipped");
        assertEquals(new ModelTable.Row("t.tsv", 5, "a.b\t抓获\t", List.of("a.b", "抓获", "")), rows.get(0));
        assertEquals(3, rows.get(0).size(), "a trailing empty column is kept");
        assertEquals("t.tsv:5: no objects", rows.get(0).fail("no objects").getMessage());
    }

    @Test
    void aWrongOrMissingHeaderFailsWithTheCallersReason() {
        RuleFileException wrong = assertThrows(RuleFileException.class,
                () -> ModelTable.rows("t.tsv", "# c\nid\tverb\n", "header must be id<TAB>verbs", "id", "verbs"));
        assertEquals("t.tsv:2: header must be id<TAB>verbs", wrong.getMessage());
        RuleFileException missing = assertThrows(RuleFileException.class,
                () -> ModelTable.rows("t.tsv", "# only a comment\n", "header must be word", "word"));
        assertEquals("t.tsv:1: header must be word", missing.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> ModelTable.read("models/none.tsv"));
        assertEquals("models/none.tsv:0: not found on the classpath", e.getMessage());
    }
}
