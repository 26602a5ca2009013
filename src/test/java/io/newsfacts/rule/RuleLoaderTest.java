package io.newsfacts.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A malformed rule or lexicon file fails at start-up naming the file, the line and the reason. */
class RuleLoaderTest {

    private static final Lexicon LEXICON = Lexicon.parse("test.tsv", "entry\ttag\n抓获\tverb\n");

    private static RuleSet load(String yaml) {
        return new RuleLoader().load(List.of(new RuleLoader.Source("bad.yaml", yaml)), LEXICON);
    }

    @Test
    void defaultRulesLoadWithExamplesForEveryFamily() {
        RuleSet rules = RuleLoader.loadDefault();
        assertFalse(rules.rules().isEmpty());
        for (String family : List.of("value", "change", "list")) {
            assertTrue(rules.examples().stream().anyMatch(e -> e.family().equals(family)), family + " has examples");
        }
        for (int i = 1; i < rules.rules().size(); i++) {
            assertTrue(rules.rules().get(i - 1).priority() >= rules.rules().get(i).priority(), "sorted by priority");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key in a rule   | family: x\\nrules:\\n  - id: a.b\\n    priority: 1\\n    pattern: \\"value:quantity\\"\\n    emit: value\\n    colour: red\\n | bad.yaml:7: | colour
            unknown top-level key   | family: x\\nrulez: []\\n | bad.yaml:2: | unknown key 'rulez'
            duplicate id            | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"value:quantity\\", emit: value}\\n  - {id: a.b, priority: 2, pattern: \\"value:quantity\\", emit: value}\\n | bad.yaml:4: | duplicate rule id 'a.b'
            unknown tag             | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"value:quantiti\\", emit: value}\\n | bad.yaml:3: | unknown tag 'quantiti'
            unknown macro           | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"$NOPE value:quantity\\", emit: value}\\n | bad.yaml:3: | unknown macro $NOPE
            missing capture         | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"verb quantity\\", emit: value}\\n | bad.yaml:3: | needs a capture named 'value'
            capture not taken       | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"who:verb value:quantity\\", emit: value}\\n | bad.yaml:3: | does not take capture 'who'
            unknown emit            | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"value:quantity\\", emit: shout}\\n | bad.yaml:3: | unknown emit 'shout'
            missing priority        | family: x\\nrules:\\n  - {id: a.b, pattern: \\"value:quantity\\", emit: value}\\n | bad.yaml:3: | missing 'priority'
            unbalanced parenthesis  | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"(verb value:quantity\\", emit: value}\\n | bad.yaml:3: | unbalanced
            example text absent     | family: x\\nexamples:\\n  - {text: 抓获3名, facts: [{text: 5名}]}\\n | bad.yaml:3: | does not occur
            missing family          | rules: []\\n | bad.yaml:1: | missing 'family'
            unclosed repetition     | family: x\\nrules:\\n  - {id: a.b, priority: 1, pattern: \\"value:quantity{2\\", emit: value}\\n | bad.yaml:3: | bad repetition
            empty macros            | family: x\\nmacros:\\nrules: []\\n | bad.yaml:2: | 'macros' must be a mapping
            macro without pattern   | family: x\\nmacros:\\n  OBJ:\\nrules: []\\n | bad.yaml:3: | macro OBJ has no pattern
            """)
    void malformedRuleFilesNameFileLineAndReason(String what, String yaml, String where, String reason) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> load(yaml.replace("\\n", "\n").replace("\\\"", "\"")));
        assertTrue(e.getMessage().startsWith(where), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
    }

    @Test
    void malformedLexiconNamesLine() {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> Lexicon.parse("lex.tsv", "# comment\nentry\ttag\n抓获\tverb\n破获\tnoun\n"));
        assertTrue(e.getMessage().contains("lex.tsv:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown lexicon tag 'noun'"), e.getMessage());
        RuleFileException header = assertThrows(RuleFileException.class, () -> Lexicon.parse("lex.tsv", "抓获\tverb\n"));
        assertTrue(header.getMessage().startsWith("lex.tsv:1:"), header.getMessage());
        RuleFileException clash = assertThrows(RuleFileException.class,
                () -> Lexicon.parse("lex.tsv", "entry\ttag\n降\tdown\n降\tverb\n"));
        assertTrue(clash.getMessage().startsWith("lex.tsv:3:"), clash.getMessage());
    }

    @Test
    void quantityRolesLoadAndAMalformedFileNamesItsLine() {
        QuantityRoles roles = QuantityRoles.loadDefault();
        assertTrue(roles.has(QuantityRoles.Role.NOT_A_VALUE_UNIT, "岁"));
        assertTrue(roles.endsAt(QuantityRoles.Role.GROWTH_BEFORE_MULTIPLE, "较去年同期成长近两倍", 7));
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> QuantityRoles.parse("roles.tsv", "# c\nrole\tword\nduration-unit\t天\nunit\t年\n"));
        assertTrue(e.getMessage().contains("roles.tsv:4:") && e.getMessage().contains("unknown role 'unit'"), e.getMessage());
    }

    @Test
    void patternsCompileToTagRegexWithCaptures() {
        RuleSet rules = load("family: x\nmacros:\n  OBJ: \"(word|rate)\"\nrules:\n"
                + "  - {id: a.b, priority: 1, pattern: \"verb:verb metric:$OBJ+ value:quantity\", emit: value}\n");
        Rule rule = rules.rules().get(0);
        assertEquals(List.of("verb", "metric", "value"), List.copyOf(rule.captures()));
        assertTrue(rule.regex().matcher("VWWRQ").matches());
        assertFalse(rule.regex().matcher("VQ").matches());
    }
}
