package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import io.newsfacts.rule.RuleExample;
import io.newsfacts.rule.RuleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example in the rule files is a test, run through the whole pipeline: the facts it lists and no others.
 */
class RuleExamplesTest {

    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    static Stream<RuleExample> examples() {
        return RuleLoader.loadDefault().examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesExactlyItsFacts(RuleExample example) {
        ExtractionResult result = newsFacts.extract(Document.of("example", example.text()));
        List<Fact> facts = result.facts();
        String got = facts.stream().map(f -> f.text() + "=" + f.value() + " " + f.metric() + " " + f.change())
                .collect(Collectors.joining("; "));
        assertEquals(example.facts().size(), facts.size(), example.source() + " facts: " + got);
        for (RuleExample.Expected expected : example.facts()) {
            Optional<Fact> hit = facts.stream().filter(f -> f.text().equals(expected.text())).findFirst();
            assertTrue(hit.isPresent(), example.source() + ": no fact anchored at " + expected.text() + " in " + got);
            Fact f = hit.get();
            if (expected.value() != null) {
                assertTrue(f.value() != null && f.value().compareTo(expected.value()) == 0,
                        example.source() + ": value of " + expected.text() + " was " + f.value());
            } else {
                assertEquals(null, f.value(), example.source() + ": " + expected.text() + " has no value");
            }
            if (expected.metric() != null) {
                assertEquals(expected.metric(), f.metric(), example.source() + ": metric of " + expected.text());
            }
            if (expected.change() != null) {
                String[] parts = expected.change().split(" ");
                assertTrue(f.change() != null, example.source() + ": change of " + expected.text());
                assertEquals(parts[0], f.change().direction(), example.source());
                if (parts.length == 1) {
                    assertEquals(null, f.change().percent(), example.source() + ": no percent in " + expected.text());
                } else {
                    assertEquals(0, f.change().percent().compareTo(new java.math.BigDecimal(parts[1])), example.source());
                }
            }
            assertEquals(example.text().substring(f.start(), f.end()), f.text(), "offsets index the document");
        }
    }

    @Override
    public String toString() {
        return "rule examples";
    }
}
