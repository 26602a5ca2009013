package io.newsfacts.rule;

import io.newsfacts.numeral.QuantityKind;
import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.segment.Token;
import io.newsfacts.time.TimeKind;
import io.newsfacts.time.TimeMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a segmented sentence and the mentions found in it into {@link TaggedSentence} units. Mentions win over words
 * (lexicon phrases such as 与前两年平均数相比 first, then quantities, times and entities); the remaining words are tagged from the lexicon.
 * Quotation marks and spaces become no unit at all, so a quoted name does not break a phrase. Thread-safe.
 */
public final class SentenceTagger {

    private static final List<String> APPROXIMATION_WORDS = List.of("超过", "超出", "将近", "接近", "大约", "约", "近", "超", "逾");
    private static final String QUOTES = "“”\"'‘’「」『』《》〈〉 \u3000\t";
    private static final String COMMAS = "，,；;：:。！？!?()（）"; // a parenthesis opens or closes an aside: 立案2331件(同比上升49.2%)
    private static final String SEPS = "、/";

    private final Lexicon lexicon;
    private final QuantityRoles roles;

    public SentenceTagger(Lexicon lexicon, QuantityRoles roles) {
        this.lexicon = lexicon;
        this.roles = roles;
    }

    public TaggedSentence tag(String text, String simplified, List<Token> tokens, List<QuantityMention> quantities,
                              List<TimeMention> times, List<Span> entities) {
        int n = text.length();
        Unit[] owner = new Unit[n];
        for (Lexicon.PhraseMatch m : lexicon.phrases(simplified)) {
            // 比去年, 与2019年同期相比: a comparison phrase keeps the time it swallows (去年八月 of 比去年八月…), which
            // dates the comparison's own figures
            TimeMention inside = m.tag() == Tag.BASIS || m.tag() == Tag.CMP ? timeStartingIn(times, m.start(), m.end()) : null;
            place(owner, new Unit(m.start(), m.end(), m.tag(), null, inside));
        }
        Tag[] quantityTags = new Tag[quantities.size()];
        for (int k = 0; k < quantityTags.length; k++) {
            quantityTags[k] = quantityTag(quantities.get(k), simplified);
        }
        for (int k = 0; k < quantityTags.length; k++) {
            QuantityMention q = quantities.get(k);
            Tag tag = quantityTags[k];
            if (tag != Tag.WORD && !(tag == Tag.NUMBER && insideTime(q, times))) {
                place(owner, new Unit(q.start(), q.end(), tag, q, null));
            }
        }
        for (Span e : entities) {
            place(owner, Unit.of(e.start(), e.end(), e.tag()));
        }
        for (TimeMention t : times) {
            Tag tag = t.kind() == TimeKind.DURATION ? Tag.WORD : Tag.TIME;
            place(owner, new Unit(t.start(), t.end(), tag, null, tag == Tag.TIME ? t : null));
        }
        for (int k = 0; k < quantityTags.length; k++) {
            QuantityMention q = quantities.get(k);
            if (quantityTags[k] == Tag.WORD) {
                place(owner, Unit.of(q.start(), q.end(), Tag.WORD)); // 三年, 24小时: durations, not values
            }
        }
        List<Unit> units = new ArrayList<>();
        int t = 0;
        int i = 0;
        while (i < n) {
            if (owner[i] != null) {
                Unit u = owner[i];
                units.add(u);
                i = u.end();
                continue;
            }
            // Advance to the token containing i.
            while (t < tokens.size() && tokens.get(t).end() <= i) {
                t++;
            }
            int end = i + 1;
            if (t < tokens.size() && tokens.get(t).start() <= i) {
                end = tokens.get(t).end();
                // Try to merge following tokens into a lexicon word (刑 + 拘 → 刑拘).
                for (int k = Math.min(tokens.size() - 1, t + Lexicon.MAX_WORD_TOKENS - 1); k > t; k--) {
                    int mergedEnd = tokens.get(k).end();
                    if (free(owner, i, mergedEnd) && lexicon.word(simplified.substring(i, mergedEnd)).isPresent()) {
                        end = mergedEnd;
                        break;
                    }
                }
            }
            int stop = i;
            while (stop < end && stop < n && owner[stop] == null) {
                stop++;
            }
            addWord(units, text, simplified, i, stop);
            i = stop;
        }
        units = mergeRateSuffixes(units, simplified);
        units = adverbialOnce(units, simplified);
        units = bracketedQualifiers(units, simplified);
        StringBuilder tags = new StringBuilder(units.size());
        for (Unit u : units) {
            tags.append(u.tag().symbol());
        }
        return new TaggedSentence(text, simplified, units, tags.toString());
    }

    /**
     * 一次退回补充侦查30件, 仓库一次查获食品1260件, 一次死亡3人以上: 一次 right before a verb says "at once / in one go", it
     * counts nothing (开展一次集中行动 keeps its count: a verb precedes it, none follows).
     */
    private static List<Unit> adverbialOnce(List<Unit> units, String simplified) {
        List<Unit> out = new ArrayList<>(units);
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k);
            if (u.tag() == Tag.QUANTITY && "一次".equals(simplified.substring(u.start(), u.end()))
                    && !verbBefore(out, k) && verbFollows(out, k + 1)) {
                out.set(k, Unit.of(u.start(), u.end(), Tag.WORD));
            }
        }
        return out;
    }

    private static final int MAX_QUALIFIER_CHARS = 8;

    /**
     * 食用菌(干鲜混合)产量, 农业(种植业)增加值, 走私農產品(水果)進境系列案: a short bracketed qualifier of words inside a noun
     * phrase is part of the phrase, not a clause break. Brackets holding a figure, a time or a verb (較二〇一八年(54 225宗),
     * 133件(含旧存)) stay as they are.
     */
    private static List<Unit> bracketedQualifiers(List<Unit> units, String simplified) {
        List<Unit> out = new ArrayList<>(units.size());
        int k = 0;
        while (k < units.size()) {
            Unit u = units.get(k);
            int close = qualifierClose(units, simplified, k);
            if (close > 0) {
                out.add(Unit.of(u.start(), units.get(close).end(), Tag.WORD));
                k = close + 1;
            } else {
                out.add(u);
                k++;
            }
        }
        return out;
    }

    /** The index of the closing bracket when unit k opens a qualifier as described above, else -1. */
    private static int qualifierClose(List<Unit> units, String simplified, int k) {
        Unit open = units.get(k);
        if (open.tag() != Tag.COMMA || !isOpening(simplified.charAt(open.start())) || k == 0
                || !isPhraseWord(units.get(k - 1).tag())) {
            return -1;
        }
        for (int j = k + 1; j < units.size() && j <= k + 4; j++) {
            Unit u = units.get(j);
            if (u.tag() == Tag.COMMA) {
                boolean closes = isClosing(simplified.charAt(u.start())) && j > k + 1
                        && u.start() - open.end() <= MAX_QUALIFIER_CHARS && j + 1 < units.size()
                        && (isPhraseWord(units.get(j + 1).tag()) || isAbbreviation(simplified, open.end(), u.start()));
                return closes ? j : -1;
            }
            if (u.tag() != Tag.WORD && u.tag() != Tag.SEP) {
                return -1;
            }
        }
        return -1;
    }

    /** 居民消费价格指数(CPI)上涨1.0%: Latin letters in brackets abbreviate the name before them. */
    private static boolean isAbbreviation(String simplified, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = simplified.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return to - from >= 2;
    }

    private static boolean isPhraseWord(Tag t) {
        return t == Tag.WORD || t == Tag.RATE;
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）';
    }

    /** 开展一次集中行动: a verb right before 一次 makes it that action's count. */
    private static boolean verbBefore(List<Unit> units, int k) {
        int j = k - 1;
        while (j >= 0 && units.get(j).tag() == Tag.SKIP) {
            j--; // 其中一次…
        }
        return j >= 0 && units.get(j).tag() == Tag.VERB;
    }

    /** A verb right after k, or after words that end in one (退回 补充 侦查), before the next figure or comma. */
    private static boolean verbFollows(List<Unit> units, int k) {
        for (int j = k; j < units.size() && j < k + 4; j++) {
            Tag t = units.get(j).tag();
            if (t == Tag.VERB) {
                return true;
            }
            if (t != Tag.WORD) {
                return false;
            }
        }
        return false;
    }

    /** 化解 + 率 → 化解率: a bare rate suffix joins the word before it. */
    private List<Unit> mergeRateSuffixes(List<Unit> units, String simplified) {
        List<Unit> out = new ArrayList<>(units.size());
        for (Unit u : units) {
            boolean bareSuffix = u.tag() == Tag.RATE && u.end() - u.start() <= 3
                    && lexicon.word(simplified.substring(u.start(), u.end())).orElse(null) == Tag.RATE;
            if (bareSuffix && !out.isEmpty()) {
                Unit prev = out.get(out.size() - 1);
                if ((prev.tag() == Tag.WORD || prev.tag() == Tag.VERB) && prev.end() == u.start()) {
                    out.set(out.size() - 1, Unit.of(prev.start(), u.end(), Tag.RATE));
                    continue;
                }
            }
            out.add(u);
        }
        return out;
    }

    private void addWord(List<Unit> units, String text, String simplified, int start, int end) {
        // Split off punctuation characters inside a token: each is its own unit (or none).
        int a = start;
        for (int k = start; k < end; k++) {
            char c = simplified.charAt(k);
            if (QUOTES.indexOf(c) >= 0 || COMMAS.indexOf(c) >= 0 || SEPS.indexOf(c) >= 0) {
                addPlainWord(units, simplified, a, k);
                if (COMMAS.indexOf(c) >= 0 || spaceBetweenPhrases(simplified, k)) {
                    units.add(Unit.of(k, k + 1, Tag.COMMA));
                } else if (SEPS.indexOf(c) >= 0) {
                    units.add(Unit.of(k, k + 1, Tag.SEP));
                }
                a = k + 1;
            }
        }
        addPlainWord(units, simplified, a, end);
    }

    /** A space between two Chinese characters separates phrases (headlines: 破4.2萬毒品案 拘6.5萬人). */
    private static boolean spaceBetweenPhrases(String s, int k) {
        char c = s.charAt(k);
        if (c != ' ' && c != '\u3000') {
            return false;
        }
        int a = k - 1;
        int b = k + 1;
        while (b < s.length() && (s.charAt(b) == ' ' || s.charAt(b) == '\u3000')) {
            b++;
        }
        return a >= 0 && b < s.length() && Character.UnicodeScript.of(s.charAt(a)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(s.charAt(b)) == Character.UnicodeScript.HAN
                && (a == 0 || s.charAt(a - 1) != ' ');
    }

    private void addPlainWord(List<Unit> units, String simplified, int start, int end) {
        if (start >= end) {
            return;
        }
        String word = simplified.substring(start, end);
        Tag tag = lexicon.classify(word).orElse(Tag.WORD);
        units.add(Unit.of(start, end, tag));
    }

    private Tag quantityTag(QuantityMention q, String simplified) {
        if (q.start() > 0 && simplified.charAt(q.start() - 1) == '每') {
            return Tag.WORD; // 以每十万人口计算, 每100元: the denominator of a rate, never a value of its own
        }
        if ("次".equals(q.unit()) && roles.startsAt(QuantityRoles.Role.SESSION_WORD, simplified, q.end())) {
            return Tag.WORD; // 十三届全国人大四次会议, 二十届三中全会第二次全体会议: a session's name, not a count
        }
        if ("倍".equals(q.unit())
                && (roles.endsAt(QuantityRoles.Role.GROWTH_BEFORE_MULTIPLE, simplified, beforeApproximation(simplified, q.start()))
                || closesPercentList(simplified, q.start()))) {
            return Tag.PERCENT; // 增长18.3倍: a change of +1830%
        }
        if (roles.has(QuantityRoles.Role.DURATION_UNIT, q.unit()) && q.kind() == QuantityKind.QUANTITY
                && (roles.occursIn(QuantityRoles.Role.DURATION_METRIC, simplified, q.start() - 8, q.start())
                || roles.endsAt(QuantityRoles.Role.DURATION_CHANGE, simplified, q.start()))) {
            return Tag.QUANTITY; // 平均办理时间为52.86天: a duration that is itself the metric's value
        }
        return quantityTag(q);
    }

    /** 上升超过1倍, 增长近两倍: where the growth word ends, before an approximation word the quantity leaves outside. */
    private static int beforeApproximation(String simplified, int start) {
        for (String w : APPROXIMATION_WORDS) {
            if (start >= w.length() && simplified.startsWith(w, start - w.length())) {
                return start - w.length();
            }
        }
        return start;
    }

    /** 同比分别上升12.4%、8.9%和1.6倍: a multiple that ends a list of percents is one of the changes. */
    private static boolean closesPercentList(String simplified, int at) {
        int k = at - 1;
        if (k >= 0 && "、和及与".indexOf(simplified.charAt(k)) >= 0) {
            k--;
            // 分别 opens the list within a few clauses before it; look back a bounded stretch, not to the sentence start
            return k >= 0 && (simplified.charAt(k) == '%' || simplified.charAt(k) == '％')
                    && simplified.substring(Math.max(0, k - 60), k).contains("分别");
        }
        return false;
    }

    private Tag quantityTag(QuantityMention q) {
        if (q.kind() == QuantityKind.PERCENT) {
            return Tag.PERCENT;
        }
        if (q.kind() == QuantityKind.ORDINAL || q.value() == null) {
            return Tag.WORD;
        }
        if (q.kind() == QuantityKind.NUMBER) {
            return Tag.NUMBER;
        }
        if (roles.has(QuantityRoles.Role.NOT_A_VALUE_UNIT, q.unit())) {
            return Tag.WORD;
        }
        return Tag.QUANTITY;
    }

    private static TimeMention timeStartingIn(List<TimeMention> times, int start, int end) {
        for (TimeMention t : times) {
            if (t.kind() != TimeKind.DURATION && t.start() >= start && t.start() < end) {
                return t;
            }
        }
        return null;
    }

    /** The 2025 of 去（2025）年1月 and the 114 of 今(114)年: a bare number that a longer time expression holds is its part. */
    private static boolean insideTime(QuantityMention q, List<TimeMention> times) {
        for (TimeMention t : times) {
            if (t.kind() != TimeKind.DURATION && t.start() <= q.start() && q.end() <= t.end()
                    && t.end() - t.start() > q.end() - q.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(Unit[] owner, int start, int end) {
        for (int k = start; k < end; k++) {
            if (owner[k] != null) {
                return false;
            }
        }
        return true;
    }

    private static void place(Unit[] owner, Unit unit) {
        if (unit.start() < 0 || unit.end() > owner.length || unit.start() >= unit.end()) {
            return;
        }
        if (!free(owner, unit.start(), unit.end())) {
            return;
        }
        for (int k = unit.start(); k < unit.end(); k++) {
            owner[k] = unit;
        }
    }
}
