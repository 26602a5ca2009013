package io.newsfacts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsfacts.io.DocumentReaders;
import io.newsfacts.io.HtmlArticle;
import io.newsfacts.io.InputDocument;
import io.newsfacts.io.TextDecoder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for the document readers on arbitrary bytes: decoding never throws and always yields text; the HTML
 * article extractor never throws; a file of any kind (first input byte: the extension) yields at least one entry, each a document or an error,
 * never an exception. Fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#files}.
 */
class ReaderFuzzTest {

    private static final String[] EXTENSIONS = {".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".txt.gz", ".jsonl.gz", ""};
    private static final String[] DECLARED = {null, "utf-8", "gbk", "big5", "x-nonsense", "", "utf-16", "gb2312"};
    private static final DocumentReaders READERS = new DocumentReaders(DocumentReaders.JsonlFields.defaults());

    @FuzzTest(maxDuration = "3m")
    void decode(byte[] input) {
        // The first byte picks the declared charset, the rest is the content.
        String declared = input.length == 0 ? null : DECLARED[(input[0] & 0xff) % DECLARED.length];
        byte[] bytes = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, declared);
        assertNotNull(d.text());
        assertNotNull(d.charset());
    }

    @FuzzTest(maxDuration = "3m")
    void html(byte[] bytes) {
        String page = new String(bytes, StandardCharsets.UTF_8);
        HtmlArticle.Article a = HtmlArticle.extract(page);
        assertNotNull(a.text());
        assertTrue(a.title() == null || !a.title().isBlank());
    }

    @FuzzTest(maxDuration = "3m")
    void files(byte[] input) throws IOException {
        // The first byte picks the file kind, the rest is the content.
        String extension = input.length == 0 ? "" : EXTENSIONS[(input[0] & 0xff) % EXTENSIONS.length];
        byte[] bytes = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        Path dir = Files.createTempDirectory("newsfacts-fuzz");
        Path file = dir.resolve("input" + extension);
        try {
            Files.write(file, bytes);
            List<InputDocument> seen = new ArrayList<>();
            READERS.read(file, seen::add);
            if (!extension.startsWith(".warc") && !extension.startsWith(".jsonl")) {
                assertEquals(1, seen.size(), "one entry for a single-document file: " + seen);
            }
            for (InputDocument d : seen) {
                assertNotNull(d.doc());
                assertNotNull(d.source());
                assertTrue((d.document() == null) != (d.error() == null), d.toString());
                assertTrue(d.document() == null || d.document().text() != null, d.toString());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
