package io.newsfacts.cli;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.newsfacts.io.DocumentReaders;
import io.newsfacts.io.InputDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * HanLP standard segmentation alone over the same inputs that {@code extract} reads: the baseline of the whole-process
 * comparison (JVM start and dictionary load included), e.g. {@code time java -Xmx512m -jar newsfacts.jar segment F}
 * next to {@code time java -Xmx512m -jar newsfacts.jar extract --threads 1 F}.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Segment documents with HanLP's StandardTokenizer only (the speed baseline); prints a summary.")
final class SegmentCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories, as for extract.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[3]; // documents, characters, tokens
        DocumentReaders readers = new DocumentReaders(DocumentReaders.JsonlFields.defaults());
        for (Path input : inputs) {
            readers.read(input, (InputDocument d) -> {
                if (d.document() != null) {
                    counts[0]++;
                    counts[1] += d.document().text().length();
                    counts[2] += StandardTokenizer.segment(d.document().text()).size();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("%d documents, %d characters, %d tokens in %.1f s (%.0f chars/s, dictionary load included)%n",
                counts[0], counts[1], counts[2], seconds, counts[1] / seconds);
        return 0;
    }
}
