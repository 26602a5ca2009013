package io.newsfacts.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a directory of hostile inputs: huge unbroken numbers and text, bad bytes, control characters, deep HTML,
 * a truncated web archive, absurd numerals, giant lists and broken JSONL. Fixed seed, so runs are comparable.
 *
 * <p>Full size (what README reports): {@code java -cp target/test-classes:target/newsfacts.jar
 * io.newsfacts.io.HostileInputs DIR}. {@link HostileInputsTest} uses {@link Sizes#ci()}.
 */
public final class HostileInputs {

    /** A sentence whose facts must survive next to bad bytes and control characters. */
    public static final String FACT_SENTENCE = "今年以来，某市公安局共抓获犯罪嫌疑人120名。";
    /** Files whose manifest entry must be ok and carry facts of FACT_SENTENCE (value 120). */
    public static final List<String> FACT_FILES = List.of("bad-bytes", "controls-sparse");
    /** Good JSONL lines (ids) and how many malformed lines mixed.jsonl has. */
    public static final List<String> GOOD_JSONL_IDS = List.of("good-1", "good-2", "good-3", "good-4");
    public static final int BAD_JSONL_LINES = 8;
    /** Lines of dump.jsonl.gz, all readable before its cut gzip trailer. */
    public static final int DUMP_LINES = 50;
    /** Complete responses before the cut in truncated.warc.gz. */
    public static final int WARC_COMPLETE_RECORDS = 2;

    /** How big each case is. */
    public record Sizes(int digits, int hanChars, int nestedElements, int numberDigits, int repeatedNine,
                        int percentages, int controlChars) {
        public static Sizes full() {
            return new Sizes(5_000_000, 1_000_000, 50_000, 10_000, 5_000, 20_000, 100_000);
        }

        /** Smaller, but each case still past the limits it tests (digit and numeral caps, parser depth). */
        public static Sizes ci() {
            return new Sizes(300_000, 100_000, 50_000, 10_000, 5_000, 20_000, 20_000);
        }
    }

    private HostileInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "hostile");
        generate(Files.createDirectories(dir), Sizes.full());
        System.out.println("wrote hostile inputs to " + dir);
    }

    /** Writes every case into {@code dir}; returns the number of documents the manifest must list. */
    public static int generate(Path dir, Sizes s) throws IOException {
        Random random = new Random(10);
        int documents = 0;

        StringBuilder digits = new StringBuilder(s.digits());
        for (int i = 0; i < s.digits(); i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        write(dir.resolve("digits.txt"), digits.toString());
        documents++;

        // Han characters with numerals and classifiers among them, so the taggers have work, but no punctuation.
        String pool = "公安局抓获犯罪嫌疑人名起案件破获一二三四五六七八九十百千万亿元今年以来共某市全年同比增长下降";
        StringBuilder han = new StringBuilder(s.hanChars());
        for (int i = 0; i < s.hanChars(); i++) {
            han.append(pool.charAt(random.nextInt(pool.length())));
        }
        write(dir.resolve("han-unbroken.txt"), han.toString());
        documents++;

        // Invalid UTF-8 (stray continuation, lone lead byte, overlong, surrogate, 0xFF) between good sentences.
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        byte[][] junk = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE4, (byte) 0xB8}};
        bad.writeBytes("据新闻通报，该市近期持续开展打击整治行动，社会治安形势总体平稳。".getBytes(StandardCharsets.UTF_8));
        for (byte[] j : junk) {
            bad.writeBytes(j);
        }
        bad.writeBytes(FACT_SENTENCE.getBytes(StandardCharsets.UTF_8));
        for (byte[] j : junk) {
            bad.writeBytes(j);
        }
        bad.writeBytes("此外，全年破获刑事案件35起。".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bad-bytes.txt"), bad.toByteArray());
        documents++;

        // NUL and other C0/C1 controls: sparse amid a fact sentence, and dense (a mostly-control file).
        StringBuilder sparse = new StringBuilder("\u0000\u0001\u0007");
        sparse.append(FACT_SENTENCE).append("\u0000\u001b\u007f\u0085\u200b\ufeff");
        sparse.append("全年破获刑事案件35起。\u0000");
        write(dir.resolve("controls-sparse.txt"), sparse.toString());
        documents++;
        StringBuilder dense = new StringBuilder();
        for (int i = 0; i < s.controlChars(); i++) {
            dense.append((char) random.nextInt(0x20));
            if (i % 97 == 0) {
                dense.append(FACT_SENTENCE);
            }
        }
        write(dir.resolve("controls-dense.txt"), dense.toString());
        documents++;

        StringBuilder html = new StringBuilder("<html><head><title>深层</title></head><body>");
        html.append("<div>".repeat(s.nestedElements() / 2)).append("<span>".repeat(s.nestedElements() / 2));
        html.append(FACT_SENTENCE);
        html.append("</span>".repeat(s.nestedElements() / 2)).append("</div>".repeat(s.nestedElements() / 2));
        html.append("</body></html>");
        write(dir.resolve("nested.html"), html.toString());
        documents++;
        // Never-closed tags: the parser must not build a tree it cannot walk.
        write(dir.resolve("unclosed.html"), "<html><body>" + "<b><i>".repeat(s.nestedElements() / 2) + FACT_SENTENCE);
        documents++;

        Files.write(dir.resolve("truncated.warc.gz"), truncatedWarc());
        documents += WARC_COMPLETE_RECORDS + 1; // the records before the cut, then one error entry

        String number = "1" + "0123456789".repeat(s.numberDigits() / 10).substring(1);
        String nines = "九".repeat(s.repeatedNine());
        write(dir.resolve("big-numbers.txt"), "今年以来，某市公安局共抓获犯罪嫌疑人" + number + "名。"
                + "涉案金额达" + nines + "万亿元。" + "共破获案件" + number + "." + number + "起。");
        documents++;

        StringBuilder list = new StringBuilder("今年以来，某市各区县刑事案件发案率分别下降");
        for (int i = 0; i < s.percentages(); i++) {
            list.append(i == 0 ? "" : "、").append(random.nextInt(100)).append('.').append(random.nextInt(10)).append('%');
        }
        write(dir.resolve("percent-list.txt"), list.append("。").toString());
        documents++;

        write(dir.resolve("mixed.jsonl"), mixedJsonl());
        documents += GOOD_JSONL_IDS.size() + BAD_JSONL_LINES;

        // A gzipped JSONL dump with a BOM and CRLF line ends whose gzip trailer was cut off: its lines, then an error.
        StringBuilder dump = new StringBuilder("\uFEFF");
        for (int i = 0; i < DUMP_LINES; i++) {
            dump.append("{\"id\":\"dump-").append(i).append("\",\"text\":\"").append(FACT_SENTENCE).append("\"}\r\n");
        }
        byte[] zipped = gzip(dump.toString().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("dump.jsonl.gz"), Arrays.copyOf(zipped, zipped.length - 8));
        documents += DUMP_LINES + 1;

        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("not-gzip.txt.gz"), "plain text with a .gz name".getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        Files.write(dir.resolve("noise.bin"), noise);
        documents += 3;
        return documents;
    }

    private static String mixedJsonl() {
        String good = "{\"id\":\"%s\",\"text\":\"" + FACT_SENTENCE + "\"}\n";
        return String.format(good, "good-1")
                + "{\"id\":\"broken\",\"text\":\"unterminated\n"               // bad 1: not JSON
                + "[1,2,3]\n"                                                  // bad 2: an array
                + "42\n"                                                       // bad 3: a bare number
                + String.format(good, "good-2")
                + "{\"id\":\"no-text\"}\n"                                     // bad 4: no text
                + "{\"id\":\"num-text\",\"text\":12345}\n"                     // bad 5: text not a string
                + "{\"id\":\"obj-text\",\"text\":{\"a\":1}}\n"                // bad 6: text an object
                + String.format(good, "good-3")
                + "{\"id\":\"deep\",\"text\":" + "[".repeat(5_000) + "}\n"    // bad 7: nesting past Jackson's limit
                + "\u0000\u0001{\"id\":\"nul\"}\n"                             // bad 8: NUL before the object
                + "\n   \n"                                                    // blank lines: not documents
                + String.format(good, "good-4").stripTrailing();               // last line without newline
    }

    /** Three gzip-member records (one per record, as crawlers write them), cut halfway into the third. */
    private static byte[] truncatedWarc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < WARC_COMPLETE_RECORDS + 1; i++) {
            String body = "<html><body><p>" + FACT_SENTENCE + "第" + (i + 1) + "条。</p></body></html>";
            byte[] member = gzip(warcResponse("http://example.cn/news/" + (i + 1) + ".html", body));
            out.writeBytes(i < WARC_COMPLETE_RECORDS ? member : Arrays.copyOf(member, member.length / 2));
        }
        return out.toByteArray();
    }

    static byte[] warcResponse(String uri, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + content.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format("%012d", Math.abs(uri.hashCode())) + ">\r\nWARC-Date: 2024-01-10T08:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + (http.length + content.length) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(http);
        out.writeBytes(content);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(b)) {
            g.write(bytes);
        }
        return b.toByteArray();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
