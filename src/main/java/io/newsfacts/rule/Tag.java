package io.newsfacts.rule;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tags of units in a tagged sentence. Rule patterns name tags; the matcher compiles them to one character each,
 * so a pattern is an ordinary regular expression over the sentence's tag string.
 */
public enum Tag {
    QUANTITY('Q', "a count or amount with a classifier or currency (235名, 9452万元)"),
    PERCENT('P', "a percentage (27%, 百分之四十七点九, 三成)"),
    NUMBER('N', "a bare number without unit"),
    TIME('T', "a date or period (2023年, 去年11月, 今年以来)"),
    AGENCY('A', "an agency or a generic reference to one (东方市公安局, 该局)"),
    CAMPAIGN('G', "a named operation (“断卡”行动)"),
    VERB('V', "an action verb of the lexicon (抓获, 破获, 扣押)"),
    UP('U', "a change word meaning up (上升, 增长)"),
    DOWN('D', "a change word meaning down (下降, 减少)"),
    BASIS('B', "a comparison basis (同比, 环比, 与前两年平均数相比)"),
    CMP('C', "a comparison word that takes a time (相比, 较, 比)"),
    EACH('E', "分别"),
    LINK('L', "a linking word before a value (达, 为, 达到)"),
    SKIP('K', "an adverb or approximation word that may stand before a value (共, 累计, 超, 近)"),
    RATE('R', "a word naming a rate or index (破案率, 安全指数)"),
    PASSIVE('Y', "被"),
    SEP('S', "a list separator (、 和 及)"),
    COMMA(',', "a clause separator (， ； ：)"),
    WORD('W', "any other word");

    private final char symbol;
    private final String description;

    Tag(char symbol, String description) {
        this.symbol = symbol;
        this.description = description;
    }

    public char symbol() {
        return symbol;
    }

    public String description() {
        return description;
    }

    /** The name used in rule files: lower case (quantity, verb, comma …). */
    public String ruleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final Map<String, Tag> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Tag::ruleName, Function.identity()));

    public static Optional<Tag> byRuleName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
