package io.newsfacts.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A real extract process killed with SIGKILL mid-run and resumed writes exactly what an uninterrupted run writes. */
class KillAndResumeTest {

    @Test
    void killedRunResumedEqualsCleanRun(@TempDir Path dir) throws Exception {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            docs.append("{\"id\":\"d").append(i).append("\",\"text\":\"2023年，儋州市公安局全年抓获电信网络诈骗犯罪嫌疑人")
                    .append(600 + i).append("人，刑拘").append(300 + i).append("人，核破案件").append(700 + i)
                    .append("起，同比上升").append(i % 50).append("%。打掉犯罪团伙").append(i % 30 + 1).append("个。\"}\n");
        }
        Path input = dir.resolve("docs.jsonl");
        Files.writeString(input, docs.toString());
        Path clean = dir.resolve("clean.jsonl");
        assertEquals(0, extract(input, clean, dir.resolve("clean.manifest"), false).waitFor());

        Path out = dir.resolve("out.jsonl");
        Path manifest = dir.resolve("out.manifest");
        Process first = extract(input, out, manifest, false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (first.isAlive() && lines(manifest) < 40 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        first.waitFor();
        assertEquals(0, extract(input, out, manifest, true).waitFor());
        assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(out), "no fact duplicated or lost");
        assertEquals(300, lines(manifest));
    }

    private static Process extract(Path input, Path out, Path manifest, boolean resume) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.newsfacts.cli.Main", "extract", input.toString(),
                "--out", out.toString(), "--manifest", manifest.toString(), "--threads", "2", "--quiet"));
        if (resume) {
            cmd.add("--resume");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long lines(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }
}
