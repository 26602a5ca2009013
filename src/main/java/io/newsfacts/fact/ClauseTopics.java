package io.newsfacts.fact;

import io.newsfacts.rule.Tag;
import io.newsfacts.rule.TaggedSentence;
import io.newsfacts.rule.Unit;

import java.util.List;
import java.util.Set;

/**
 * Where a sentence's clauses begin and what a clause names: the topic written before a figure or a bare verb, the
 * subject clause before a change, X是… as a topic, 其中 breakdowns. {@link SentenceFacts} asks these while it turns
 * rule matches into facts; they only read the tagged sentence.
 */
final class ClauseTopics {

    private static final int MAX_SUBJECT_CLAUSE_CHARS = 20;
    private static final String LIGHT_CHARS = "有为是达则也亦还并且而又却再共计的了其中";
    private static final int MAX_TOPIC_UNITS = 4;
    private static final int MAX_TOPIC_CHARS = 14;

    private ClauseTopics() {
    }

    /** Whether only list marks, 其中-like words or times stand between the clause start and unit k. */
    static boolean opensClause(TaggedSentence s, int k) {
        return onlyTags(s, clauseStart(s, k), k, Set.of(Tag.SKIP, Tag.TIME));
    }

    /** The first unit of the clause holding unit {@code at}: the one after the nearest comma before it, else 0. */
    private static int clauseStart(TaggedSentence s, int at) {
        int k = at;
        while (k > 0 && s.units().get(k - 1).tag() != Tag.COMMA) {
            k--;
        }
        return k;
    }

    /** Whether every unit in [from, to) has one of the tags. */
    private static boolean onlyTags(TaggedSentence s, int from, int to, Set<Tag> tags) {
        for (int i = from; i < to; i++) {
            if (!tags.contains(s.units().get(i).tag())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the comma unit {@code k} is a colon: 原标题：…, 记者：… end a label, not a clause with a topic. */
    private static boolean isColon(TaggedSentence s, int k) {
        char mark = s.text().charAt(s.units().get(k).start());
        return mark == '：' || mark == ':';
    }

    /** Whether the clause holding unit {@code at} opens with 其中 (or follows a clause that is only 其中). */
    static boolean opensBreakdown(TaggedSentence s, int at) {
        int k = clauseStart(s, Math.min(at, s.units().size() - 1));
        if (isQizhong(s, k)) {
            return true;
        }
        return k >= 3 && isQizhong(s, k - 2) && s.units().get(k - 3).tag() == Tag.COMMA; // 其中，食用菌…
    }

    private static boolean isQizhong(TaggedSentence s, int unit) {
        Unit u = s.units().get(unit);
        return u.tag() == Tag.SKIP && s.simplified().startsWith("其中", u.start()) && u.end() - u.start() == 2;
    }

    /**
     * The clause just before the value's clause, when it only names a topic (words and times, no figure, no verb):
     * 以40至50歲爲最多 → 40至50歲, 其中盗窃案件最多 → 盗窃案件. Empty otherwise.
     */
    static String previousClauseTopic(TaggedSentence s, int valueUnit) {
        int end = clauseStart(s, valueUnit) - 1; // the comma closing the clause before
        if (end <= 0 || isColon(s, end)) {
            return "";
        }
        int start = clauseStart(s, end);
        if (!onlyTags(s, start, end, Set.of(Tag.WORD, Tag.TIME, Tag.SKIP, Tag.LINK))) {
            return copulaSubject(s, start, end);
        }
        String topic = s.textOf(start, end).strip();
        for (String lead : List.of("其中", "以")) {
            if (topic.startsWith(lead)) {
                topic = topic.substring(lead.length());
            }
        }
        for (String tail : List.of("爲最多", "为最多", "最多", "居多", "較多", "较多", "最高")) {
            if (topic.endsWith(tail)) {
                topic = topic.substring(0, topic.length() - tail.length());
                break;
            }
        }
        return topic.length() >= 2 && topic.length() <= MAX_TOPIC_CHARS ? topic : "";
    }

    /**
     * The clause right before unit {@code at}'s clause when it is only a noun phrase with its modifiers (words, verbs
     * inside 的-phrases, times; no figure, no change word): 全國道路交通事故造成的死亡人數 before 比去年…下降了48.6%.
     */
    static String subjectClauseBefore(TaggedSentence s, int at) {
        int own = clauseStart(s, at);
        if (!onlyTags(s, own, at, Set.of(Tag.CMP, Tag.BASIS, Tag.TIME, Tag.WORD, Tag.SKIP))) {
            return ""; // the change's own clause names something: not this case
        }
        int end = own - 1; // the comma closing the clause before
        if (end <= 0 || isColon(s, end)) {
            return "";
        }
        int start = clauseStart(s, end);
        if (!onlyTags(s, start, end, Set.of(Tag.WORD, Tag.VERB, Tag.TIME, Tag.SKIP))) {
            return "";
        }
        String subject = s.textOf(start, end).strip();
        boolean endsInNoun = s.units().get(end - 1).tag() == Tag.WORD;
        return endsInNoun && subject.length() >= 2 && subject.length() <= MAX_SUBJECT_CLAUSE_CHARS ? subject : "";
    }

    /**
     * 詐騙案是升幅最大的罪案類別，上半年共有3,280宗: a clause that says what its subject is (X是…, X为…) names X as the
     * topic. Empty unless words alone come before the 是/为 at the start of the clause [start, clauseEnd).
     */
    private static String copulaSubject(TaggedSentence s, int start, int clauseEnd) {
        for (int i = start; i < clauseEnd; i++) {
            Unit u = s.units().get(i);
            String w = s.simplified().substring(u.start(), u.end());
            if (u.tag() == Tag.LINK && (w.equals("是") || w.equals("为"))) {
                String subject = s.textOf(start, i).strip();
                return i > start && subject.length() >= 2 && subject.length() <= MAX_TOPIC_CHARS ? subject : "";
            }
            if (u.tag() != Tag.WORD) {
                return "";
            }
        }
        return "";
    }

    /**
     * A bare verb names its metric only with the topic written right before it in the clause (19时至凌晨2时查处58万起,
     * 城市道路查处51.4万起): the words and times that directly precede the verb, up to a clause mark or any other unit.
     */
    static String topicBefore(TaggedSentence s, int verbUnit) {
        int end = verbUnit;
        if (verbUnit >= 2 && s.units().get(verbUnit - 1).tag() == Tag.TIME && !isClockTime(s.units().get(verbUnit - 1))
                && s.units().get(verbUnit - 2).tag() == Tag.WORD) {
            end = verbUnit - 1; // 假投資詐騙上月受理一七五三件: the words before the date name what was received
        }
        String topic = wordsBefore(s, end);
        return isLight(topic) ? "" : topic;
    }

    private static String wordsBefore(TaggedSentence s, int verbUnit) {
        int k = verbUnit;
        while (k > 0 && verbUnit - k < MAX_TOPIC_UNITS) {
            Unit u = s.units().get(k - 1);
            boolean timeRange = u.tag() == Tag.LINK && k >= 2 && isClockTime(s.units().get(k - 2))
                    && isClockTime(s.units().get(k)); // 19时至凌晨2时
            if (u.tag() != Tag.WORD && !isClockTime(u) && !timeRange) {
                break; // a date before the verb (今年1月受理) is the fact's period, not its topic
            }
            k--;
        }
        String topic = s.textOf(k, verbUnit).strip();
        return topic.length() <= MAX_TOPIC_CHARS ? topic : "";
    }

    /** 降幅比去年上半年增加了21.82个百分点: the change is of the fact's 降幅, named before the basis in the clause. */
    static String rangeWordBefore(TaggedSentence s, int dirUnit) {
        for (int k = dirUnit - 1; k >= 0 && dirUnit - k <= 4; k--) {
            Unit u = s.units().get(k);
            if (u.tag() == Tag.COMMA) {
                break;
            }
            String w = s.simplified().substring(u.start(), u.end());
            if (w.length() == 2 && w.endsWith("幅") && "降增涨升跌减".indexOf(w.charAt(0)) >= 0) {
                return s.text().substring(u.start(), u.end());
            }
        }
        return "";
    }

    private static boolean isClockTime(Unit u) {
        return u.tag() == Tag.TIME && u.time() != null && u.time().grain().compareTo(io.newsfacts.time.Grain.HOUR) >= 0;
    }

    /** A metric made only of function words (有, 则, 也…) names nothing. */
    static boolean isLight(String metric) {
        int content = 0;
        for (int i = 0; i < metric.length(); i++) {
            char c = metric.charAt(i);
            if (Character.isLetter(c) && LIGHT_CHARS.indexOf(c) < 0) {
                content++;
            }
        }
        return content < 2;
    }
}
