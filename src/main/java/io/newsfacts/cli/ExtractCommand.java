package io.newsfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import io.newsfacts.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** Reads .txt, .jsonl files and directories and writes fact records as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract facts from .txt/.jsonl files or directories.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--published", description = "Publication date (YYYY-MM-DD) for documents that carry none.")
    String published;

    @Option(names = "--out", description = "Output file (default: stdout).")
    Path out;

    @Override
    public Integer call() throws IOException {
        NewsFacts newsFacts = NewsFacts.builder().build();
        ObjectMapper mapper = Json.mapper();
        int errors = 0;
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path input : inputs) {
                for (Document read : read(input, mapper)) {
                    Document doc = read.published() == null && published != null ? read.withPublished(published) : read;
                    ExtractionResult result = newsFacts.extract(doc);
                    for (Fact fact : result.facts()) {
                        writer.write(mapper.writeValueAsString(fact));
                        writer.write('\n');
                    }
                    result.diagnostics().forEach(d -> System.err.println(doc.id() + ": " + d.severity() + ": " + d.message()));
                }
            }
        }
        return errors == 0 ? 0 : 1;
    }

    private static List<Document> read(Path input, ObjectMapper mapper) throws IOException {
        List<Document> docs = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    docs.addAll(read(p, mapper));
                }
            }
            return docs;
        }
        String name = input.getFileName().toString();
        if (name.endsWith(".jsonl")) {
            int lineNo = 0;
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = mapper.readTree(line);
                    docs.add(new Document(node.path("id").asText(), node.path("text").asText(),
                            textOrNull(node, "title"), textOrNull(node, "published"), textOrNull(node, "url")));
                } catch (IOException e) {
                    System.err.println(input + ":" + lineNo + ": malformed JSON line: " + e.getMessage());
                }
            }
        } else if (name.endsWith(".txt")) {
            docs.add(Document.of(name.substring(0, name.length() - 4), Files.readString(input, StandardCharsets.UTF_8)));
        }
        return docs;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
