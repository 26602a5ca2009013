package io.newsfacts.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code extract --threads 1} and {@code --threads 2} write the same facts for the news corpus. */
class ExtractThreadsTest {

    private static final Path NEWS = Path.of("../shared/corpus/news/pages.jsonl");

    @Test
    void oneAndTwoThreadsGiveTheSameFacts(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(NEWS), "needs ../shared/corpus/news/pages.jsonl");
        List<String> one = extract(dir, 1);
        List<String> two = extract(dir, 2);
        assertTrue(one.size() > 100, "the corpus gives facts: " + one.size());
        assertEquals(one, two);
    }

    private static List<String> extract(Path dir, int threads) throws Exception {
        Path out = dir.resolve("facts-" + threads + ".jsonl");
        Path manifest = dir.resolve("manifest-" + threads + ".jsonl");
        int status = Main.run("extract", NEWS.toString(), "--out", out.toString(), "--manifest", manifest.toString(),
                "--threads", String.valueOf(threads), "--quiet");
        assertEquals(0, status);
        List<String> lines = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        Collections.sort(lines);
        List<String> entries = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertEquals(Files.readAllLines(NEWS).stream().filter(l -> !l.isBlank()).count(), entries.size(),
                "every line of the corpus in the manifest");
        return lines;
    }
}
