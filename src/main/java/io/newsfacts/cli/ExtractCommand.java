package io.newsfacts.cli;

import io.newsfacts.Backend;
import io.newsfacts.NewsFacts;
import io.newsfacts.io.BatchRunner;
import io.newsfacts.io.CsvFactWriter;
import io.newsfacts.io.DocumentReaders;
import io.newsfacts.io.FactWriter;
import io.newsfacts.io.JsonlFactWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Converts files, directories, web pages, web archives and JSONL into fact records. Exit status: 0 when every input
 * was read (document errors are in the manifest), 2 for usage errors, 1 for fatal I/O errors.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from .txt/.html/.warc(.gz)/.jsonl files (also .gz) or directories of them.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { JSONL, CSV, PARQUET }

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Option(names = "--published", description = "Publication date (YYYY-MM-DD) for documents that carry none.")
    String published;

    @Option(names = "--out", description = "Output file (default: stdout).")
    Path out;

    @Option(names = "--format", description = "jsonl (default), csv or parquet (needs --out).", defaultValue = "jsonl")
    Format format;

    @Option(names = "--threads", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--manifest", description = "Write one JSON line per document: doc, source, status, facts, chars, millis, error.")
    Path manifest;

    @Option(names = "--resume", description = "Skip documents already in --manifest; repair a run that was killed.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress or summary on stderr.")
    boolean quiet;

    @Option(names = "--max-millis", description = "Abandon a document after this many milliseconds (0: no limit).", defaultValue = "60000")
    long maxMillis;

    @Option(names = "--backend", description = "hanlp (default) or corenlp (opt-in: build with -Pcorenlp, run with -Xmx6g).",
            defaultValue = "hanlp")
    Backend backend;

    @Option(names = "--max-chars", description = "Refuse documents longer than this.", defaultValue = "5000000")
    int maxChars;


    @Option(names = "--jsonl-fields", description = "JSONL field names as id,text,title,published,url (default: id,text,title,published,url).")
    String jsonlFields;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private FactWriter writer(BatchRunner.ResumeState state) throws IOException {
        if (format == Format.PARQUET) {
            return new io.newsfacts.io.ParquetFactWriter(out);
        }
        OutputStream sink = out == null ? System.out : resume
                ? Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(out);
        return format == Format.CSV ? new CsvFactWriter(sink, state.outputLength()) : new JsonlFactWriter(sink, state.outputLength());
    }

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (resume && (manifest == null || out == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --manifest and --out");
        }
        if (format == Format.PARQUET && (out == null || resume)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --out and cannot --resume");
        }
        DocumentReaders.JsonlFields fields = DocumentReaders.JsonlFields.defaults();
        if (jsonlFields != null) {
            String[] f = jsonlFields.split(",", -1);
            if (f.length != 5) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--jsonl-fields needs five names: id,text,title,published,url");
            }
            fields = new DocumentReaders.JsonlFields(f[0], f[1], f[2], f[3], f[4]);
        }
        try {
            BatchRunner.ResumeState state = resume ? BatchRunner.prepareResume(manifest, out) : new BatchRunner.ResumeState(Set.of(), 0);
            if (!resume && manifest != null) {
                Files.deleteIfExists(manifest);
            }
            NewsFacts newsFacts;
            try {
                newsFacts = NewsFacts.builder().backend(backend).maxDocumentChars(maxChars).build();
            } catch (IllegalStateException e) {
                err.println("newsfacts extract: " + e.getMessage()); // a backend missing from this build: say how to add it
                return 2;
            } catch (io.newsfacts.rule.RuleFileException e) {
                err.println("newsfacts extract: malformed model file " + e.getMessage()); // names the file, line and reason
                return 1;
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            BatchRunner runner = new BatchRunner(newsFacts, new BatchRunner.Options(n, maxMillis, published, quiet), err);
            BatchRunner.Summary summary;
            try (FactWriter writer = writer(state)) {
                summary = runner.run(inputs, new DocumentReaders(fields), writer, manifest, state.done());
            }
            if (!quiet) {
                err.printf("%d documents, %d facts, %d errors, %d skipped (already done), %.0f chars/s%n", summary.documents(),
                        summary.facts(), summary.errors(), summary.skipped(), summary.charsPerSecond());
            }
            return 0;
        } catch (IOException e) {
            err.println("newsfacts extract: " + e.getMessage());
            return 1;
        }
    }
}
