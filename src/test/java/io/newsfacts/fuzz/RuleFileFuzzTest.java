package io.newsfacts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsfacts.rule.Lexicon;
import io.newsfacts.rule.RuleFileException;
import io.newsfacts.rule.RuleLoader;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for the rule loader and the rule lexicon: any content either loads or fails with the documented
 * {@link RuleFileException}, whose message starts with the file name and a line number. Nothing else may escape.
 * Fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=RuleFileFuzzTest#rules}.
 */
class RuleFileFuzzTest {

    private static final Lexicon LEXICON = Lexicon.parse("test.tsv", "entry\ttag\n抓获\tverb\n同比\tcmp\n");

    @FuzzTest(maxDuration = "3m")
    void rules(byte[] bytes) {
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        try {
            new RuleLoader().load(List.of(new RuleLoader.Source("fuzz.yaml", yaml)), LEXICON);
        } catch (RuleFileException e) {
            assertTrue(e.getMessage().matches("(?s)fuzz\\.yaml:\\d+: .+"), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "3m")
    void lexicon(byte[] bytes) {
        String tsv = new String(bytes, StandardCharsets.UTF_8);
        try {
            Lexicon.parse("fuzz.tsv", tsv);
        } catch (RuleFileException e) {
            assertTrue(e.getMessage().matches("(?s)fuzz\\.tsv:\\d+: .+"), e.getMessage());
        }
    }
}
