package io.newsfacts.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsfacts.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads inputs into documents: directories recursively, {@code .txt} in any encoding, {@code .html}/{@code .htm}
 * (main text), {@code .warc}/{@code .warc.gz} (one document per HTML or text response), {@code .jsonl}, and
 * {@code .gz} of any of these. Every document, or the reason one could not be read, goes to the sink: nothing is
 * dropped silently. Stateless.
 */
public final class DocumentReaders {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");
    private static final long MAX_FILE_BYTES = 512L << 20;

    private final JsonlFields fields;

    public DocumentReaders(JsonlFields fields) {
        this.fields = fields;
    }

    /** Field names of JSONL inputs. */
    public record JsonlFields(String id, String text, String title, String published, String url) {
        public static JsonlFields defaults() {
            return new JsonlFields("id", "text", "title", "published", "url");
        }

        /** With the default names, common alternatives are accepted too: corpora often say content/body, or have no id. */
        boolean isDefault() {
            return equals(defaults());
        }
    }

    private static final List<String> TEXT_ALTERNATIVES = List.of("content", "body", "article");

    /** Reads one command-line input: a file (doc id = its name without extension) or a directory. */
    public void read(Path input, Consumer<InputDocument> sink) throws IOException {
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String relative = input.relativize(f).toString().replace('\\', '/');
                readFile(f, stripExtensions(relative), sink);
            }
        } else if (Files.isRegularFile(input)) {
            readFile(input, stripExtensions(input.getFileName().toString()), sink);
        } else {
            throw new IOException("no such file or directory: " + input);
        }
    }

    private void readFile(Path file, String docId, Consumer<InputDocument> sink) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                sink.accept(InputDocument.failed(docId, source, "file larger than " + (MAX_FILE_BYTES >> 20) + " MB"));
                return;
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                readWarc(file, sink);
                return;
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz")) {
                // Streamed line by line: a JSONL dump of hundreds of MB must not have to fit in memory three times.
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    readJsonl(in, source, sink);
                }
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (name.endsWith(".gz")) {
                bytes = gunzip(bytes);
                name = name.substring(0, name.length() - 3);
            }
            readBytes(bytes, name, docId, source, sink);
        } catch (IOException | RuntimeException e) {
            // An EOFException (a cut .gz) has no message: name the exception rather than print "null".
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName() + " (truncated or corrupt)";
            sink.accept(InputDocument.failed(docId, source, "cannot read " + source + ": " + why));
        }
    }

    private void readBytes(byte[] bytes, String name, String docId, String source, Consumer<InputDocument> sink) {
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            readJsonl(bytes, source, sink);
        } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml")) {
            sink.accept(InputDocument.ok(html(bytes, null, docId, null), source));
        } else if (looksBinary(bytes)) {
            sink.accept(InputDocument.failed(docId, source, source + " is not text (binary content)"));
        } else {
            String text = TextDecoder.decode(bytes, null).text();
            if (name.endsWith(".txt") || !text.stripLeading().startsWith("<")) {
                sink.accept(InputDocument.ok(Document.of(docId, text), source));
            } else {
                sink.accept(InputDocument.ok(html(bytes, null, docId, null), source));
            }
        }
    }

    private static Document html(byte[] bytes, String declared, String docId, String publishedHint) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String charset = declared != null ? declared : m.find() ? m.group(1) : null;
        HtmlArticle.Article article = HtmlArticle.extract(TextDecoder.decode(bytes, charset).text());
        String published = article.published() != null ? article.published() : publishedHint;
        return new Document(docId, article.text(), null, published, null);
    }

    private void readJsonl(byte[] bytes, String source, Consumer<InputDocument> sink) {
        try {
            readJsonl(new ByteArrayInputStream(bytes), source, sink);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void readJsonl(InputStream in, String source, Consumer<InputDocument> sink) throws IOException {
        // UTF-8 unless a UTF-16 byte order mark says otherwise (the BOM itself is dropped from the first line). Lines end
        // at \n only; bad bytes decode to U+FFFD so that one line's damage stays in that line.
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        java.nio.charset.Charset charset = b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE
                : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
        java.io.Reader reader = new java.io.InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[1 << 16];
        int lineNumber = 1;
        boolean first = true;
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.append(buffer, from, i - from);
                    jsonlLine(stripBom(line, first), lineNumber++, source, sink);
                    first = false;
                    line.setLength(0);
                    from = i + 1;
                }
            }
            line.append(buffer, from, n - from);
        }
        jsonlLine(stripBom(line, first), lineNumber, source, sink);
    }

    private static String stripBom(StringBuilder line, boolean first) {
        return first && line.length() > 0 && line.charAt(0) == '\uFEFF' ? line.substring(1) : line.toString();
    }

    private void jsonlLine(String raw, int number, String source, Consumer<InputDocument> sink) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        String where = source + ":" + number;
        try {
            JsonNode node = Json.mapper().readTree(line);
            JsonNode id = node.get(fields.id());
            JsonNode text = node.get(fields.text());
            if (fields.isDefault()) {
                for (int k = 0; k < TEXT_ALTERNATIVES.size() && (text == null || !text.isTextual()); k++) {
                    text = node.get(TEXT_ALTERNATIVES.get(k));
                }
                if (id == null || id.isNull()) {
                    id = com.fasterxml.jackson.databind.node.TextNode.valueOf(where); // FILE:LINE names it uniquely
                }
            }
            if (id == null || id.isNull() || text == null || !text.isTextual()) {
                sink.accept(InputDocument.failed(where, where, "line " + number + " of " + source
                        + " lacks a string '" + fields.text() + "' or an '" + fields.id() + "'"));
                return;
            }
            sink.accept(InputDocument.ok(new Document(id.asText(), text.asText(), str(node, fields.title()),
                    str(node, fields.published()), str(node, fields.url())), where));
        } catch (IOException e) {
            sink.accept(InputDocument.failed(where, where, "line " + number + " of " + source
                    + " is not JSON: " + e.getMessage().split("\n")[0]));
        }
    }

    private static void readWarc(Path file, Consumer<InputDocument> sink) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    sink.accept(InputDocument.failed(file + "#" + reader.position(), file.toString(),
                            "truncated or corrupt WARC " + file + " at byte " + reader.position() + ": " + e.getMessage()));
                    return;
                }
                if (record == null) {
                    return;
                }
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String source = file + "#" + reader.position();
                // Found by fuzzing: a response without WARC-Target-URI gave a document with a null id.
                String uri = response.target() != null ? response.target() : source;
                try {
                    MediaType type = response.http().contentType();
                    String base = type.base().toString().toLowerCase(Locale.ROOT);
                    if (!base.startsWith("text/html") && !base.startsWith("text/plain") && !base.contains("xhtml")) {
                        continue;
                    }
                    byte[] body;
                    try (InputStream in = response.http().body().stream()) {
                        body = in.readAllBytes();
                    }
                    String charset = type.parameters().get("charset");
                    String date = response.date() == null ? null : response.date().toString();
                    Document doc = base.startsWith("text/plain")
                            ? new Document(uri, TextDecoder.decode(body, charset).text(), null, date, uri)
                            : withUrl(html(body, charset, uri, date), uri);
                    sink.accept(InputDocument.ok(doc, source));
                } catch (IOException | RuntimeException e) {
                    sink.accept(InputDocument.failed(uri, source, "cannot read WARC response " + uri + ": " + e.getMessage()));
                }
            }
        }
    }

    private static Document withUrl(Document d, String url) {
        return new Document(d.id(), d.text(), d.title(), d.published(), url);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n;
    }

    static String stripExtensions(String name) {
        String n = name;
        for (String ext : List.of(".gz", ".warc", ".jsonl", ".ndjson", ".txt", ".html", ".htm", ".shtml")) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
