package io.newsfacts.rule;

import java.util.List;

/** All rules (highest priority first), the lexicon that tags words for them, and the examples of every family. */
public record RuleSet(List<Rule> rules, Lexicon lexicon, List<RuleExample> examples) {

    public RuleSet {
        rules = List.copyOf(rules);
        examples = List.copyOf(examples);
    }
}
