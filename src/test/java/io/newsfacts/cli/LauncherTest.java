package io.newsfacts.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher as users start it: a JVM of its own, whose child JVM runs the command and hands back its status. */
class LauncherTest {

    private static final String TEXT = "{\"id\":\"d1\",\"text\":\"儋州市公安局全年共抓获电信网络诈骗犯罪嫌疑人649人，同比上升27%。\",\"published\":\"2024-01-10\"}\n";

    @Test
    void aShortBatchRunsInAQuickChildJvmWithTheSameOutput(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("in.jsonl"), TEXT);
        Path viaChild = dir.resolve("child.jsonl");
        Path inProcess = dir.resolve("same.jsonl");
        Result child = launch(dir, "extract", input.toString(), "--out", viaChild.toString(), "--quiet");
        assertEquals(0, child.status, child.stderr);
        Result same = launch(dir, "--jit=default", "extract", input.toString(), "--out", inProcess.toString(), "--quiet");
        assertEquals(0, same.status, same.stderr);
        String facts = Files.readString(viaChild, StandardCharsets.UTF_8);
        assertTrue(facts.contains("\"value\":649"), facts);
        assertEquals(facts, Files.readString(inProcess, StandardCharsets.UTF_8));
    }

    @Test
    void theChildsFailureIsTheLaunchersFailure(@TempDir Path dir) throws Exception {
        Result missing = launch(dir, "extract", dir.resolve("no-such-file.jsonl").toString(), "--quiet");
        Result inProcess = launch(dir, "--jit=default", "extract", dir.resolve("no-such-file.jsonl").toString(), "--quiet");
        assertTrue(missing.status != 0, missing.stderr);
        assertEquals(inProcess.status, missing.status);
        Result badJit = launch(dir, "--jit=fastest", "extract", "x");
        assertEquals(2, badJit.status);
        assertTrue(badJit.stderr.contains("--jit"), badJit.stderr);
    }

    @Test
    void theChildStopsWhenTheLauncherIsKilled(@TempDir Path dir) throws Exception {
        Path bulk = Path.of("../shared/corpus/bulk/government_work_reports.jsonl");
        Assumptions.assumeTrue(Files.exists(bulk), "needs ../shared/corpus/bulk");
        Path tenfold = dir.resolve("bulk10.jsonl"); // about a minute of work, far longer than the waits below
        for (int i = 0; i < 10; i++) {
            Files.write(tenfold, Files.readAllBytes(bulk), i == 0 ? new StandardOpenOption[0] : new StandardOpenOption[] {StandardOpenOption.APPEND});
        }
        // killed while the child JVM starts (before it can watch its parent), and once it works
        for (long delayMillis : new long[] {0, 1500}) {
            killTheLauncherAndWatchTheChild(dir, tenfold, delayMillis);
        }
    }

    private static void killTheLauncherAndWatchTheChild(Path dir, Path input, long delayMillis) throws Exception {
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        List<String> command = javaCommand("extract", "--jit=quick", "--threads", "1", input.toString(), "--out", dir.resolve("o.jsonl").toString(), "--quiet");
        Process launcher = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        ProcessHandle child = null;
        for (int i = 0; i < 400 && child == null; i++) {
            child = launcher.toHandle().children().findFirst().orElse(null);
            Thread.sleep(25);
        }
        assertNotNull(child, "the launcher starts a child JVM for a short batch");
        try {
            Thread.sleep(delayMillis);
            launcher.destroyForcibly(); // SIGKILL: the launcher's shutdown hook cannot run
            launcher.waitFor();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (isRunning(child.pid()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            long pid = child.pid();
            assertFalse(isRunning(pid), () -> "the child orphaned " + delayMillis + " ms after it started still runs 30 s later; "
                    + procStat(pid) + "; its standard error: " + readQuietly(stderr));
            if (delayMillis > 0) { // at once, the child may still be the JDK's spawn helper, which dies with its parent's pipe
                assertTrue(readQuietly(stderr).contains("the launching JVM"), () -> "the child says why it stopped: " + readQuietly(stderr));
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private static String procStat(long pid) {
        try {
            return "/proc/" + pid + "/stat: " + Files.readString(Path.of("/proc", Long.toString(pid), "stat")).trim();
        } catch (IOException e) {
            return "no /proc/" + pid + "/stat (" + e + ")";
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /**
     * Whether a process runs. The orphaned child is no child of this JVM: once it exits it may stay a zombie until
     * the machine's init reaps it, which {@link ProcessHandle#isAlive} counts as alive; /proc tells them apart.
     */
    private static boolean isRunning(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(Path.of("/proc/self/stat"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    private record Result(int status, String stderr) {
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static Result launch(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = javaCommand(args);
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        int status = process.waitFor();
        return new Result(status, Files.readString(err, StandardCharsets.UTF_8));
    }
}
