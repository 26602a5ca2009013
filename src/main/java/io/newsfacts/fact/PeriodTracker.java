package io.newsfacts.fact;

import io.newsfacts.rule.Tag;
import io.newsfacts.rule.TaggedSentence;
import io.newsfacts.rule.Unit;
import io.newsfacts.time.Grain;
import io.newsfacts.time.TimeMention;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the period of facts within one article. A fact takes the nearest time expression before it in its sentence;
 * otherwise the period set by the last sentence that opened with a time expression (「2023年，…」), which carries over
 * paragraphs until another such lead replaces it. Times that are a comparison basis (相比2022年, 较去年同期) are skipped.
 * The starting side of a change told as a movement (由去年的18.2%降至16.1%, 从2018年54.9%降至…) dates only the figure
 * it stands before: what follows the 降至 and the next sentences keep the period they had. Likewise the figures a
 * comparison names as its basis (比去年八月…5450件, 相較去年查獲的9441公斤) take the basis time, up to the change word.
 * One instance per article, used in sentence order.
 */
final class PeriodTracker {

    private final Function<TimeMention, String> periodOf;
    private String leadPeriod;
    private String firstLeadPeriod;
    private int sentencesSeen;
    // Per-sentence tables, built on the first question about a sentence: each fact then costs a binary search, not a
    // scan of the units before it (a long list of facts made that quadratic, with another scan inside isBasis).
    private TaggedSentence tabled;
    private boolean[] basis;
    private boolean[] startingSide; // the time of 由去年的X降至Y: dates X alone
    private String[] basisFigure;   // basisFigure[i]: the basis time's period when unit i is a figure of the comparison
    private int[] startsSoFar;      // running maximum of unit starts: monotone, so the loop's break point is searchable
    private String[] periodBefore;  // periodBefore[i]: the period of the last usable time among units [0, i)

    PeriodTracker(Function<TimeMention, String> periodOf) {
        this.periodOf = periodOf;
    }

    /** The period of a fact anchored at sentence offset {@code anchorStart}. */
    String periodAt(TaggedSentence s, int anchorStart) {
        table(s);
        // The first unit starting at or after the anchor ends the search (units before it are the candidates).
        int lo = 0;
        int hi = startsSoFar.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startsSoFar[mid] < anchorStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < basisFigure.length && basisFigure[lo] != null && s.units().get(lo).start() == anchorStart) {
            return basisFigure[lo];
        }
        String best = periodBefore[lo];
        return best != null ? best : leadPeriod;
    }

    private void table(TaggedSentence s) {
        if (s == tabled) {
            return;
        }
        int n = s.units().size();
        basis = new boolean[n];
        startingSide = new boolean[n];
        basisFigure = new String[n];
        startsSoFar = new int[n];
        periodBefore = new String[n + 1];
        boolean comparisonInClause = false;
        int maxStart = Integer.MIN_VALUE;
        int restoreAt = -1;       // where the movement of a starting-side time ends (the 降至)
        String restored = null;   // the period from before that time
        String comparedTo = null; // the period of the clause's comparison basis, until its change word
        for (int i = 0; i < n; i++) {
            Unit u = s.units().get(i);
            if (restoreAt >= 0 && u.start() >= restoreAt) {
                periodBefore[i] = restored;
                restoreAt = -1;
            }
            basis[i] = u.tag() == Tag.TIME && (comparisonInClause || basisByText(s, u));
            maxStart = Math.max(maxStart, u.start());
            startsSoFar[i] = maxStart;
            periodBefore[i + 1] = periodBefore[i];
            if (u.tag() == Tag.TIME && !basis[i] && !clockOnly(s, u) && !recordFrame(s, u)) {
                String p = periodOf.apply(u.time());
                int movedTo = p == null ? -1 : movementAfterStartingSide(s, u);
                if (movedTo >= 0) {
                    startingSide[i] = true;
                    restoreAt = movedTo;
                    restored = periodBefore[i];
                }
                if (p != null) {
                    periodBefore[i + 1] = p;
                }
            }
            comparedTo = basisPeriod(s, u, basis[i], comparedTo);
            if (u.tag() == Tag.QUANTITY || u.tag() == Tag.PERCENT) {
                basisFigure[i] = comparedTo; // a percent before the change word is a rate of the basis: 較97年全年破獲率85.15%
            }
            if (u.tag() == Tag.COMMA) {
                comparisonInClause = false;
            } else if (u.tag() == Tag.CMP || u.tag() == Tag.BASIS) {
                comparisonInClause = true;
            }
        }
        tabled = s;
    }

    /**
     * Call after the sentence's facts are read: a time that opens a clause as its adverbial (「2023年，」,
     * 「在刚刚过去的2015年，」) sets the lead period; a dateline (本报1月24日讯, 新华社北京11月2日电) does not.
     */
    void afterSentence(TaggedSentence s) {
        table(s);
        sentencesSeen++;
        int clauseStart = 0;
        for (int i = 0; i < s.units().size(); i++) {
            Unit u = s.units().get(i);
            if (u.tag() == Tag.COMMA) {
                clauseStart = i + 1;
                continue;
            }
            if (u.tag() != Tag.TIME || i - clauseStart > LEAD_WINDOW || basis[i] || startingSide[i] || clockOnly(s, u)
                    || isDateline(s, u) || recordFrame(s, u)) {
                continue;
            }
            String p = periodOf.apply(u.time());
            if (p != null) {
                leadPeriod = p;
                if (firstLeadPeriod == null && sentencesSeen <= LEDE_SENTENCES) {
                    firstLeadPeriod = p;
                }
            }
        }
    }

    /**
     * The period a lead set in the article's lede, its first sentences with a number or a time (null if none): a
     * headline that states a figure before anything dates it (去年…4.24亿人次 with no publication date,
     * 亮剑成效:捣毁窝点2.2万余个) takes the period the body opens with. A lead further down dates other figures.
     */
    String firstLeadPeriod() {
        return firstLeadPeriod;
    }

    private static final int LEDE_SENTENCES = 3; // the headline and the two sentences after it that hold a number or a time

    private static final int LEAD_WINDOW = 5;

    /** The verb of a movement, 降至 / 增加到 / 回落至: the figure after it is the current one. */
    private static final Pattern MOVED_TO = Pattern.compile(
            "(?:下降|上升|增加|减少|增长|提高|提升|降低|回落|攀升|扩大|缩小|缩减|降|升|增|减|跌|涨)(?:至|到)");
    private static final String CLAUSE_END = "，,；;。！？!?";

    /**
     * For a time right after 由 or 从 (占比由去年的18.2%降至16.1%): the sentence offset of the movement verb later in the
     * clause, else -1. 从2023年1月至今 has no movement verb and stays an ordinary time.
     */
    private static int movementAfterStartingSide(TaggedSentence s, Unit u) {
        String t = s.simplified();
        int k = u.start() - 1;
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || (t.charAt(k) != '由' && t.charAt(k) != '从')) {
            return -1;
        }
        int end = u.end();
        while (end < t.length() && CLAUSE_END.indexOf(t.charAt(end)) < 0) {
            end++;
        }
        Matcher m = MOVED_TO.matcher(t).region(u.end(), end);
        return m.find() ? m.start() : -1;
    }

    /** Words and signs that name a day or more: without one, a time is a clock or a part of a day. */
    private static final Pattern NAMES_A_DAY = Pattern.compile(
            "[年月日号周节/\\-]|星期|礼拜|\\d{4}|[今昨明前后当次翌同](?:天|日|晚|早|晨|夜)"); // not 白天, 午后

    /**
     * 19时至凌晨2时查处58万起, 13时至15时: a clock time or part of the day with no day named tells when in the day, not
     * which day; it resolves to the reference day, which is no period for the figures (they keep the lead's).
     */
    private static boolean clockOnly(TaggedSentence s, Unit u) {
        return u.time().grain().compareTo(Grain.DAY) > 0
                && !NAMES_A_DAY.matcher(s.simplified().substring(u.start(), u.end())).find();
    }

    private static final Pattern RECORD_AFTER = Pattern.compile("^(?:以来|来|中|内|间)?的?(?:最高|最低|新高|新低|最多|最少|之最|最好|最佳|最大|最小)");

    /**
     * 破案率则是过去45年最高(行劫案为七成八): a stretch of time that frames a record says how rare the figure is, not
     * when it was measured.
     */
    private static boolean recordFrame(TaggedSentence s, Unit u) {
        return RECORD_AFTER.matcher(s.simplified().substring(u.end(), Math.min(s.simplified().length(), u.end() + 6))).find();
    }

    private static boolean isDateline(TaggedSentence s, Unit u) {
        String after = s.simplified().substring(u.end(), Math.min(s.simplified().length(), u.end() + 2));
        return after.startsWith("讯") || after.startsWith("电") || after.startsWith("电(") || after.startsWith("消息")
                || isBylineStamp(s, u);
    }

    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final String SENTENCE_PUNCTUATION = "，,。；;！？!?";

    /**
     * 「2019-07-24 09:32:27 来源:公安部」, 「发布时间:2022/01/22」, 「——2023年2月9日在…会议上」: a dated line with no clause and no
     * figure is the article's stamp, the day it was published or delivered, not the period of what follows.
     */
    private static boolean isBylineStamp(TaggedSentence s, Unit u) {
        if (u.time().grain().compareTo(Grain.DAY) < 0
                || !WRITTEN_YEAR.matcher(s.simplified().substring(u.start(), u.end())).find()) {
            return false;
        }
        for (Unit other : s.units()) {
            if (other.tag() == Tag.QUANTITY || other.tag() == Tag.PERCENT || other.tag() == Tag.NUMBER) {
                return false;
            }
        }
        String text = s.simplified();
        for (int k = 0; k < text.length(); k++) {
            if (SENTENCE_PUNCTUATION.indexOf(text.charAt(k)) >= 0 && k < text.length() - 1) {
                return false; // a clause break inside: a sentence of the body
            }
        }
        return true;
    }

    /**
     * The period that dates the figures of a comparison's basis after unit {@code u}: set by the basis time (较去年同期,
     * or the time a 比去年 phrase holds), ended by the change word (较去年增加235名, 较去年同期多抓获120名: this year's
     * difference) or the clause.
     */
    private String basisPeriod(TaggedSentence s, Unit u, boolean basisTime, String current) {
        if (u.tag() == Tag.COMMA && isOpeningBracket(s, u)) {
            return current; // 較二〇一八年(54 225宗): the bracket holds the basis's own figure
        }
        if (u.tag() == Tag.COMMA || u.tag() == Tag.UP || u.tag() == Tag.DOWN || isMoreOrLess(s, u)) {
            return null;
        }
        if ((basisTime || u.tag() == Tag.BASIS || u.tag() == Tag.CMP) && u.time() != null) {
            return periodOf.apply(u.time());
        }
        return current;
    }

    private static boolean isOpeningBracket(TaggedSentence s, Unit u) {
        char c = s.simplified().charAt(u.start());
        return c == '(' || c == '（';
    }

    /** 较去年同期多抓获120名, 比去年少发生12起: 多 and 少 make the figure after them the difference, not the basis's. */
    private static boolean isMoreOrLess(TaggedSentence s, Unit u) {
        if (u.tag() != Tag.WORD || u.end() - u.start() > 2) {
            return false;
        }
        char c = s.simplified().charAt(u.start());
        return c == '多' || c == '少';
    }

    /** A time that names a comparison's basis by its own words: 去年同期, 2019年相比. */
    private static boolean basisByText(TaggedSentence s, Unit u) {
        if (s.simplified().substring(u.start(), u.end()).endsWith("同期")) {
            return true;
        }
        String text = s.simplified().substring(u.end(), Math.min(s.simplified().length(), u.end() + 2));
        return text.startsWith("同期") || text.startsWith("相比");
    }
}
