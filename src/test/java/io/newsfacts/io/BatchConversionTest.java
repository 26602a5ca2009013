package io.newsfacts.io;

import io.newsfacts.NewsFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch conversion over mixed inputs: encodings, web pages, web archives, JSONL, gzip, bad files, resume. */
class BatchConversionTest {

    private static final String SENTENCE = "2023年，儋州市公安局全年抓获犯罪嫌疑人649人，刑拘358人，扣押小轿车3辆、涉案手机15部。";
    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    @Test
    void gbkAndBig5DecodeLikeTheirUtf8Twins() {
        String big5Text = "去年警方共破獲毒品案件120宗，拘捕65人，繳獲毒品25.9噸。";
        assertEquals(SENTENCE, TextDecoder.decode(SENTENCE.getBytes(Charset.forName("GBK")), null).text());
        assertEquals(SENTENCE, TextDecoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_8), null).text());
        assertEquals(big5Text, TextDecoder.decode(big5Text.getBytes(Charset.forName("Big5")), null).text());
        assertEquals(SENTENCE, TextDecoder.decode(SENTENCE.getBytes(Charset.forName("GB18030")), "gb2312").text());
        byte[] bom = ("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_8);
        assertEquals(SENTENCE, TextDecoder.decode(bom, null).text());
    }

    @Test
    void invalidBytesAmidGoodTextKeepTheGoodText() {
        byte[] good = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[good.length + 3];
        System.arraycopy(good, 0, mixed, 0, good.length);
        mixed[good.length] = (byte) 0xFF;
        mixed[good.length + 1] = (byte) 0xFE;
        mixed[good.length + 2] = (byte) 0xC3;
        String text = TextDecoder.decode(mixed, "UTF-8").text();
        assertTrue(text.startsWith(SENTENCE));
    }

    @Test
    void webPageGivesItsArticleAndNoBoilerplate() {
        String html = "<html><head><title>标题</title><meta name=\"publishdate\" content=\"2024-01-10\"></head><body>"
                + "<nav><a href='/'>首页</a><a href='/x'>热点：抓获嫌疑人100人</a></nav>"
                + "<div id='main'><p>" + SENTENCE + "</p><p>该局持续开展打击整治行动，效果明显。</p></div>"
                + "<footer>版权所有 网站共收录文章3000篇</footer></body></html>";
        HtmlArticle.Article a = HtmlArticle.extract(html);
        assertEquals("2024-01-10", a.published());
        assertTrue(a.text().contains(SENTENCE), a.text());
        assertFalse(a.text().contains("100人"), a.text());
        assertFalse(a.text().contains("3000篇"), a.text());
    }

    @Test
    void everyDocumentOfAMixedDirectoryIsInTheManifest(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("utf8.txt"), SENTENCE.getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("gbk.txt"), SENTENCE.getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("noise.bin"), new java.util.Random(3).ints(4000, 0, 256).collect(ByteArrayOutputStream::new,
                (b, i) -> b.write(i), (x, y) -> { }).toByteArray());
        Files.write(in.resolve("docs.jsonl"), ("{\"id\":\"j1\",\"text\":\"" + SENTENCE + "\"}\n{broken\n{\"id\":\"j2\",\"text\":\"抓获犯罪嫌疑人3名。\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("zipped.txt.gz"), gzip(SENTENCE.getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("archive.warc.gz"), gzip(warc(List.of(
                response("http://example.cn/a.html", "text/html; charset=utf-8", "<html><body><p>" + SENTENCE + "</p></body></html>"),
                response("http://example.cn/b.txt", "text/plain; charset=utf-8", "全年破获毒品犯罪案件37起。"),
                response("http://example.cn/logo.png", "image/png", "PNG")))));
        Path out = dir.resolve("out.jsonl");
        Path manifest = dir.resolve("manifest.jsonl");
        BatchRunner.Summary summary = run(in, out, manifest, 2, Set.of());
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        String all = String.join("\n", lines);
        for (String doc : List.of("\"utf8\"", "\"gbk\"", "\"empty\"", "\"noise.bin\"", "\"j1\"", "docs.jsonl:2", "\"j2\"",
                "\"zipped\"", "http://example.cn/a.html", "http://example.cn/b.txt")) {
            assertTrue(all.contains(doc), "manifest lists " + doc + ":\n" + all);
        }
        assertFalse(all.contains("logo.png"), "non-text WARC records are skipped");
        assertEquals(10, summary.documents());
        assertEquals(2, summary.errors(), "the broken JSONL line and the binary file");
        List<String> facts = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> gbk = facts.stream().filter(f -> f.startsWith("{\"doc\":\"gbk\"")).map(f -> f.substring(12)).toList();
        List<String> utf8 = facts.stream().filter(f -> f.startsWith("{\"doc\":\"utf8\"")).map(f -> f.substring(13)).toList();
        assertEquals(4, utf8.size());
        assertEquals(utf8, gbk, "the GBK file gives exactly the facts of its UTF-8 twin");
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("{\"doc\":\"http://example.cn/b.txt\"")));
    }

    @Test
    void outputIsTheSameForOneAndFourThreads(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            jsonl.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(SENTENCE).append("破获案件").append(i + 1).append("起。\"}\n");
        }
        Files.writeString(in.resolve("docs.jsonl"), jsonl);
        run(in, dir.resolve("one.jsonl"), null, 1, Set.of());
        run(in, dir.resolve("four.jsonl"), null, 4, Set.of());
        assertEquals(Files.readAllLines(dir.resolve("one.jsonl")), Files.readAllLines(dir.resolve("four.jsonl")));
    }

    @Test
    void aRunCutShortAndResumedEqualsAnUninterruptedRun(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            jsonl.append("{\"id\":\"d").append(i).append("\",\"text\":\"抓获犯罪嫌疑人").append(i + 2).append("名，刑拘").append(i + 1).append("人。\"}\n");
        }
        Files.writeString(in.resolve("docs.jsonl"), jsonl);
        Path cleanOut = dir.resolve("clean.jsonl");
        run(in, cleanOut, dir.resolve("clean-manifest.jsonl"), 2, Set.of());
        // Simulate kill -9: keep 12 manifest lines plus half of the 13th, and output past the 12th document's end.
        Path out = dir.resolve("out.jsonl");
        Path manifest = dir.resolve("manifest.jsonl");
        List<String> lines = Files.readAllLines(dir.resolve("clean-manifest.jsonl"), StandardCharsets.UTF_8);
        String kept = String.join("\n", lines.subList(0, 12)) + "\n" + lines.get(12).substring(0, 20);
        Files.writeString(manifest, kept);
        Files.copy(cleanOut, out);
        long end13 = io.newsfacts.io.Json.mapper().readTree(lines.get(12)).get("outputEnd").asLong();
        try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
            f.setLength(end13 - 7); // a half-written fact line
        }
        BatchRunner.ResumeState state = BatchRunner.prepareResume(manifest, out);
        assertEquals(12, state.done().size());
        run(in, out, manifest, 2, state.done(), state.outputLength());
        assertEquals(Files.readAllLines(cleanOut), Files.readAllLines(out), "no fact duplicated or lost");
        assertEquals(30, Files.readAllLines(manifest).size());
    }

    @Test
    void csvHasAHeaderAndParquetIsRealParquet(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.txt"), SENTENCE.getBytes(StandardCharsets.UTF_8));
        BatchRunner runner = new BatchRunner(newsFacts, new BatchRunner.Options(1, 60_000, null, true),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        DocumentReaders readers = new DocumentReaders(DocumentReaders.JsonlFields.defaults());
        Path csv = dir.resolve("facts.csv");
        try (FactWriter w = new CsvFactWriter(Files.newOutputStream(csv), 0)) {
            runner.run(List.of(in), readers, w, null, Set.of());
        }
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(String.join(",", CsvFactWriter.COLUMNS), rows.get(0));
        assertEquals(5, rows.size(), "a header and four facts");
        Path parquet = dir.resolve("facts.parquet");
        try (FactWriter w = new ParquetFactWriter(parquet)) {
            runner.run(List.of(in), readers, w, null, Set.of());
        }
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(parquet), 4);
        assertEquals("PAR1", new String(head, StandardCharsets.US_ASCII));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT count(*), sum(value), max(change.direction) FROM read_parquet('"
                     + parquet.toAbsolutePath() + "')")) {
            assertTrue(r.next());
            assertEquals(4, r.getInt(1));
            assertEquals(649 + 358 + 3 + 15, r.getDouble(2), 1e-9);
        }
    }

    private static BatchRunner.Summary run(Path in, Path out, Path manifest, int threads, Set<String> skip) throws IOException {
        return run(in, out, manifest, threads, skip, 0);
    }

    private static BatchRunner.Summary run(Path in, Path out, Path manifest, int threads, Set<String> skip, long already)
            throws IOException {
        BatchRunner runner = new BatchRunner(newsFacts, new BatchRunner.Options(threads, 60_000, null, true),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (FactWriter writer = new JsonlFactWriter(already == 0 ? Files.newOutputStream(out)
                : Files.newOutputStream(out, java.nio.file.StandardOpenOption.APPEND), already)) {
            return runner.run(List.of(in), new DocumentReaders(DocumentReaders.JsonlFields.defaults()), writer, manifest, skip);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(bytes);
        }
        return b.toByteArray();
    }

    private static byte[] response(String uri, String contentType, String body) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[http.length + content.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(content, 0, block, http.length, content.length);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2024-01-10T08:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] warc(List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @SuppressWarnings("unused")
    private static List<String> lines(Path p) throws IOException {
        return new ArrayList<>(Files.readAllLines(p));
    }
}
