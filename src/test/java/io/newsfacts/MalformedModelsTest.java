package io.newsfacts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A malformed model file (rules, lexicons, units, places, metric taxonomy, quantity roles, holidays) stops
 * {@code NewsFacts.builder().build()} with a RuleFileException naming the file, the line and the reason. Each case
 * appends one bad line to a copy of the shipped file and builds NewsFacts in a class loader that sees the copy first,
 * as a user's edited model would be seen.
 */
class MalformedModelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            models/rules/lexicon.tsv         | 破获\\tnoun                   | unknown lexicon tag 'noun'
            models/rules/value.yaml          | colour: red                   | unknown key 'colour'
            models/quantity/units.tsv        | 斤斤\\tnonsense\\t1\\t斤        | unknown kind 'nonsense'
            models/entity/places.tsv         | 110000                        | expected 4 columns
            models/entity/campaigns.tsv      | 没有规范名                     | expected 2 columns
            models/metrics/taxonomy.tsv      | suspects.nothing\\t\\t         | has neither verbs nor objects
            models/rules/quantity-roles.tsv  | unit\\t年                      | unknown role 'unit'
            models/time/holidays.tsv         | 某节\\tfixed 01-01\\t0          | expected 4 columns
            """)
    void aBadLineStopsStartUpNamingFileLineAndReason(String file, String badLine, String reason, @TempDir Path dir)
            throws Exception {
        String original = read(file);
        String base = original.endsWith("\n") ? original : original + "\n";
        int line = base.split("\n", -1).length;
        Path copy = dir.resolve(file);
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, base + badLine.replace("\\t", "\t") + "\n", StandardCharsets.UTF_8);

        Throwable failure = buildWith(dir);
        assertNotNull(failure, "NewsFacts built with a malformed " + file);
        Throwable cause = failure;
        while (cause != null && !cause.getClass().getName().equals("io.newsfacts.rule.RuleFileException")) {
            cause = cause.getCause();
        }
        assertNotNull(cause, "a RuleFileException, not " + failure);
        assertTrue(cause.getMessage().startsWith(file + ":" + line + ": "), cause.getMessage());
        assertTrue(cause.getMessage().contains(reason), cause.getMessage());
    }

    @Test
    void theShippedFilesBuildInTheSameLoader(@TempDir Path dir) throws Exception {
        assertEquals(null, buildWith(dir), "the isolated loader itself works");
    }

    /** Builds NewsFacts in a loader that looks in {@code overrides} before the test class path; returns the failure. */
    private static Throwable buildWith(Path overrides) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(overrides.toUri().toURL());
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> facade = loader.loadClass("io.newsfacts.NewsFacts");
            Object builder = facade.getMethod("builder").invoke(null);
            builder.getClass().getMethod("build").invoke(builder);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MalformedModelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
