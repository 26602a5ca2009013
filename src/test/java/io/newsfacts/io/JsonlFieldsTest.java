package io.newsfacts.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** JSONL field names: the defaults accept corpora that say content/body and have no id; named fields do not. */
class JsonlFieldsTest {

    @Test
    void defaultNamesAcceptContentAndMissingIds(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("reports.jsonl");
        Files.writeString(f, "{\"title\":\"报告\",\"content\":\"全年破获刑事案件1200起。\"}\n"
                + "{\"id\":\"a\",\"body\":\"抓获犯罪嫌疑人35名。\"}\n", StandardCharsets.UTF_8);
        List<InputDocument> docs = new ArrayList<>();
        new DocumentReaders(DocumentReaders.JsonlFields.defaults()).read(f, docs::add);
        assertEquals(2, docs.size());
        assertNull(docs.get(0).error());
        assertEquals(f + ":1", docs.get(0).document().id());
        assertEquals("全年破获刑事案件1200起。", docs.get(0).document().text());
        assertEquals("a", docs.get(1).document().id());
    }

    @Test
    void namedFieldsAreRequired(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"content\":\"全年破获刑事案件1200起。\"}\n", StandardCharsets.UTF_8);
        List<InputDocument> docs = new ArrayList<>();
        new DocumentReaders(new DocumentReaders.JsonlFields("doc", "body", "title", "published", "url")).read(f, docs::add);
        assertEquals(1, docs.size());
        assertEquals(f + ":1", docs.get(0).doc());
        assertEquals(true, docs.get(0).error().contains("lacks a string 'body'"));
    }
}
