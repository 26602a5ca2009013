package io.newsfacts.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the launcher's child JVM maps the class archive built beside the jar, and when it must not. */
class ClassArchiveTest {

    @Test
    void aJarWithItsArchiveBesideItGetsIt(@TempDir Path dir) throws Exception {
        Path jar = jarWithArchive(dir, 100, 200);
        List<String> options = ClassArchive.childOptions(jar.toString(), List.of("-Xmx512m"));
        assertEquals(List.of("-XX:SharedArchiveFile=" + dir.resolve("newsfacts.jsa"), "-Xlog:cds*=off"), options);
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftAlone(@TempDir Path dir) throws Exception {
        Path jar = jarWithArchive(dir, 200, 100); // the jar was rebuilt with the archive skipped
        assertTrue(ClassArchive.childOptions(jar.toString(), List.of()).isEmpty());
    }

    @Test
    void noArchiveNoOptions(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("newsfacts.jar"), "jar");
        assertTrue(ClassArchive.childOptions(jar.toString(), List.of()).isEmpty());
    }

    @Test
    void theUsersOwnSharingOptionsWin(@TempDir Path dir) throws Exception {
        Path jar = jarWithArchive(dir, 100, 200);
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=/elsewhere.jsa", "-XX:ArchiveClassesAtExit=x.jsa")) {
            assertTrue(ClassArchive.childOptions(jar.toString(), List.of("-Xmx1g", option)).isEmpty(), option);
        }
    }

    @Test
    void aClassPathOfSeveralEntriesOrOfFoldersIsNoJar(@TempDir Path dir) throws Exception {
        Path jar = jarWithArchive(dir, 100, 200);
        assertTrue(ClassArchive.childOptions(jar + File.pathSeparator + dir, List.of()).isEmpty());
        assertTrue(ClassArchive.childOptions(dir.toString(), List.of()).isEmpty()); // target/classes in tests
        assertTrue(ClassArchive.childOptions(null, List.of()).isEmpty());
    }

    private static Path jarWithArchive(Path dir, long jarSeconds, long archiveSeconds) throws Exception {
        Path jar = Files.writeString(dir.resolve("newsfacts.jar"), "jar");
        Path archive = Files.writeString(dir.resolve("newsfacts.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + jarSeconds)));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + archiveSeconds)));
        return jar;
    }
}
