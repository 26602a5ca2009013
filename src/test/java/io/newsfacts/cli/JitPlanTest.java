package io.newsfacts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JitPlanTest {

    private static final List<String> NO_JVM_OPTIONS = List.of("-Xmx512m");

    @Test
    void aSmallBatchRunsWithTheQuickCompiler(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\",\"text\":\"抓获犯罪嫌疑人649人。\"}\n");
        Path existingOutput = Files.writeString(dir.resolve("out.jsonl"), "x".repeat(1000));
        JitPlan plan = JitPlan.choose(List.of("extract", "--threads", "2", input.toString(), "--out", existingOutput.toString()), NO_JVM_OPTIONS);
        assertEquals(JitPlan.Mode.QUICK, plan.mode(), plan.reason());
        assertEquals(JitPlan.Mode.QUICK, JitPlan.choose(List.of("segment", dir.toString()), NO_JVM_OPTIONS).mode());
    }

    @Test
    void aLongBatchKeepsTheOptimisingCompiler(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.jsonl");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) JitPlan.SMALL_INPUT_BYTES + 1]);
        }
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", big.toString()), NO_JVM_OPTIONS).mode());
        Path gzipped = dir.resolve("sub").resolve("big.warc.gz");
        Files.createDirectories(gzipped.getParent());
        try (var out = Files.newOutputStream(gzipped)) {
            out.write(new byte[(int) (JitPlan.SMALL_INPUT_BYTES / JitPlan.COMPRESSION_RATIO) + 1]);
        }
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", dir.resolve("sub").toString()), NO_JVM_OPTIONS).mode(),
                "a compressed archive counts at its expanded size");
    }

    @Test
    void unknownSizesOtherCommandsAndOtherBackendsKeepTheJvmAsStarted(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "抓获犯罪嫌疑人649人。");
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", "-"), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("eval", "g.jsonl", input.toString()), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", "--backend", "corenlp", input.toString()), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", "--backend=corenlp", input.toString()), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("--help"), NO_JVM_OPTIONS).mode());
    }

    @Test
    void theUserDecidesWithJitOrWithJvmOptions(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), "抓获犯罪嫌疑人649人。");
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", "--jit=default", input.toString()), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", input.toString(), "--jit", "c2"), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.QUICK, JitPlan.choose(List.of("eval", "--jit=quick", "g", "p"), NO_JVM_OPTIONS).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", input.toString()), List.of("-XX:TieredStopAtLevel=4")).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", "--jit=quick", input.toString()), List.of("-Xint")).mode());
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", input.toString()),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")).mode(), "a debugger port is this process's");
        assertEquals(JitPlan.Mode.DEFAULT, JitPlan.choose(List.of("extract", input.toString()),
                List.of("-XX:StartFlightRecording=filename=r.jfr")).mode(), "a recording written at exit is this process's");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> JitPlan.choose(List.of("extract", "--jit=fast", input.toString()), NO_JVM_OPTIONS));
        assertTrue(bad.getMessage().contains("fast"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JitPlan.choose(List.of("extract", "--jit"), NO_JVM_OPTIONS));
        assertEquals(List.of("extract", "a.txt", "--quiet"), JitPlan.withoutJitOption(List.of("extract", "--jit", "c1", "a.txt", "--jit=c2", "--quiet")));
    }

    /** The launcher skips the values of options; it must know every option of the batch commands that takes one. */
    @Test
    void theLauncherKnowsEveryValueOptionOfTheBatchCommands() {
        for (Class<?> command : List.of(ExtractCommand.class, SegmentCommand.class)) {
            for (Field field : command.getDeclaredFields()) {
                Option option = field.getAnnotation(Option.class);
                if (option != null && field.getType() != boolean.class && field.getType() != Boolean.class) {
                    for (String name : option.names()) {
                        assertTrue(JitPlan.VALUE_OPTIONS.contains(name), command.getSimpleName() + " " + name);
                    }
                }
            }
        }
    }
}
