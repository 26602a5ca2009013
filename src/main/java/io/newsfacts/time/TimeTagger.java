package io.newsfacts.time;

import io.newsfacts.text.ScriptFolding;
import io.newsfacts.text.TaiwanMarkers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions and resolves them against a reference date-time (the publication date).
 * <p>
 * One left-to-right pass: at each character that can open a time expression, a chain of anchored, precompiled
 * patterns reads the parts of a date-time in order (year → month or part of year → day → part of day → clock),
 * or a relative word (昨天, 上周五, 去年), a holiday (春节, 国庆), a lunar date (农历八月十五), an offset
 * (三天前, 上两周) or a duration (三年, 一个半月). Two points joined by 至/到/- make an interval; 以来/至今/起 after a
 * point and 截至 before it make the open and year-to-date intervals that news statistics use. The longest reading
 * at a position wins and the scan resumes after it. Immutable and thread-safe; per-call state lives in {@link Scan}.
 */
public final class TimeTagger {

    // --- patterns (compiled once) ------------------------------------------------------------------------------

    private static final String CN = "[零〇一二三四五六七八九十两廿]";
    private static final String NUM = "(?:\\d{1,2}|" + CN + "{1,3})";
    private static final String CONNECT = "\\s*(?:至|到|——|—|–|-|~|～|－)\\s*";

    // 二0二0年 (an Arabic 0 for 〇, common in Hong Kong and Macau print) is a Chinese-numeral year too
    private static final Pattern YEAR4 = Pattern.compile("((?:1[6-9]|20|21)\\d{2}|[一二][零〇0一二三四五六七八九]{3}|[零〇一二三四五六七八九]{4})\\s?年(?!代|龄|级|纪|轻|薪|息|货|化|鉴|检|限)");
    /** 15年3月, 98年4月, 19年底: a two-digit year only when what follows makes it a date. */
    /** What follows a bare year that makes it a date: a month, or a range of months (98年1至11月, 114年1至8月). */
    private static final String MONTH_AHEAD = NUM + "(?:" + CONNECT + NUM + ")?月";
    private static final Pattern YEAR2 = Pattern.compile("(\\d{2}|[零〇一二三四五六七八九]{2})年(?=" + MONTH_AHEAD + "|[上下]半年|第?[一二三四1-4]季度|首季|底|末|初|第|前" + NUM + "个?月)");
    /** Taiwan's Minguo years: 民国98年, or 113年 followed by a month, a part of the year or 截至 (year + 1911). */
    private static final Pattern ROC_YEAR = Pattern.compile("(?:民国(\\d{1,3})年|(1[0-4]\\d)年(?=" + MONTH_AHEAD
            + "|[上下]半年|第?[一二三四1-4]季度|首季|底|末|初|度|前" + NUM + "个?月|截至|截止|迄今))");
    /** In a Taiwan article (see countsMinguoYears) a two- or three-digit year also stands before 同期, 全年, 以来: 較97年同期. */
    private static final Pattern MINGUO_YEAR2 = Pattern.compile("(\\d{2}|1[0-4]\\d)年(?=" + MONTH_AHEAD
            + "|[上下]半年|第?[一二三四1-4]季度|首季|底|末|初|度|前" + NUM + "个?月|同期|全年|以来)");
    /**
     * Taiwan's press writes the value a relative word stands for in parentheses: 去（2025）年, 今(114)年, 本（11）月,
     * 今（17）日, 昨(18)日. The number is the value; the word only says which neighbouring year or month it is in.
     */
    private static final String PAREN_REL = "(今|本|去|上|昨|前|明|下|次|翌|后)\\s?[(（]\\s?";
    private static final Pattern PAREN_YEAR = Pattern.compile(PAREN_REL + "(\\d{2,4}|[零〇一二三四五六七八九]{4})\\s?[)）]\\s?年(?!代|龄|级|纪)");
    private static final Pattern PAREN_MONTH = Pattern.compile(PAREN_REL + "(" + NUM + ")\\s?[)）]\\s?月");
    private static final Pattern PAREN_DAY = Pattern.compile(PAREN_REL + "(" + NUM + ")\\s?[)）]\\s?[日号]");
    private static final Pattern YEAR_REL = Pattern.compile("(大前年|大后年|今年|去年|前年|明年|后年|上年|下年|次年|本年|翌年|上一年|下一年|这一年|当年|同年|该年)");
    private static final Pattern YEAR_PART = Pattern.compile("(年度|全年|年底|年末|年初|年中|伊始|上半年|下半年|前[三3两二2]个?季度|首季度?|(?:(?<![》」”])第(?=[一二三四1-4]季(?![度节]))|第?(?=[一二三四1-4]季度))([一二三四1-4])季度?|Q([1-4])(?:季度)?"
            + "|(?:前|头)(" + NUM + ")个?月|首月|第(" + NUM + ")个月|(" + NUM + ")" + CONNECT + "(" + NUM + ")月份?|[初底末](?!期|步|心|线|稿|层|部|级|值))(末|初)?");
    private static final Pattern MONTH = Pattern.compile("(" + NUM + ")月份?");
    /** 近日, 近期, 日前: "recently", read as the month of the reference date (3日前 is three days ago, not this). */
    private static final Pattern RECENT_DAYS = Pattern.compile("(?<![0-9〇零一二三四五六七八九十百两几数多])(?:近日|近期|日前|前不久|不久前)(?![0-9一二三四五六七八九十两几来])");
    private static final Pattern MONTH_REL = Pattern.compile("(上上个月|上个月|上一个月|上月|本月|这个月|这一个月|今个月|当月|同月|该月|下个月|下一个月|下月|次月)");
    private static final Pattern DAY = Pattern.compile("(" + NUM + ")[日号](?![线楼院门机馆令字车桥口店窗元])");
    /** 1月3, 4月12-19日: a day without 日 only right before a range sign or the end of the clause. */
    private static final Pattern BARE_DAY = Pattern.compile("(\\d{1,2}|" + CN + "{1,3})(?=" + CONNECT + "|$|[，。,、；;\\s])");
    private static final Pattern MONTH_PART = Pattern.compile("月?(上旬|中旬|下旬|初|底|末)(?!期|步|[一二三四五六七八九十])");
    private static final Pattern QUARTER_REL = Pattern.compile("(上个?|本|这个?|下个?)季度(末|初)?");
    private static final Pattern WEEK_OF_YEAR = Pattern.compile("第(" + NUM + "|" + CN + "{1,4})个?(周|星期|礼拜|天)");
    private static final Pattern DECADE = Pattern.compile("(?:(上个?世纪|本世纪)|(\\d{1,2}|" + CN + "{1,3})世纪)?(\\d0|[一二三四五六七八九]十)年代(初期?|前期|中期|末期?|后期)?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2}|" + CN + "{1,3})世纪(初期?|末期?|前期|后期)?(?!\\d|" + CN + ")");
    private static final Pattern SEASON = Pattern.compile("(春|夏|秋|冬)(季|天)?(?!节|运|晚|耕|播|茶|装|令|游|训|假)");
    private static final Pattern BARE_SEASON = Pattern.compile("(春|夏|秋|冬)季");
    private static final Pattern NOW_AND_NEXT_YEAR = Pattern.compile("今明两年");
    private static final Pattern SAME_DAY = Pattern.compile("(当天|当日|当晚)");
    private static final Pattern MONTH_DAY_CLOCK = Pattern.compile("(?<![\\d\\-/.])(0[1-9]|1[0-2])-([0-3]\\d)\\s+(\\d{1,2})[:：](\\d{2})(?!\\d)");
    private static final Pattern WEEK_OF_MONTH = Pattern.compile("的?第(" + NUM + ")(个)?(?:周|星期|礼拜)([一二三四五六日天])?");
    private static final Pattern DAY_REL = Pattern.compile("(大大前天|大大后天|大前天|大后天|今天|今日|本日|昨天|昨日|前天|前日|明天|明日|后天|今晚|昨晚|明晚|今早|明早|今晨|昨夜|今夜)");
    private static final Pattern WEEK = Pattern.compile("(?:(上上|上|下下|下|这|本|今个|今)(?:一)?(?:个)?)?(?:周|星期|礼拜)(?:(?:周|星期|礼拜)?([一二三四五六日天])|(末))?");
    private static final Pattern WEEKDAY_AFTER_DATE = Pattern.compile("\\s?[（(]?(?:周|星期|礼拜)[一二三四五六日天][)）]?");
    private static final Pattern LUNAR = Pattern.compile("(农历|阴历)?(?:(正|腊|冬)|(闰)?(" + NUM + "))月((?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|[二三]十|十[一二三四五六七八九]?|[一二三四五六七八九]|\\d{1,2})"
            + "(?![〇零一二三四五六七八九十百千万亿\\d]))?([日号])?"); // 十月一五二八件: the 一 opens a number, not a day
    private static final Pattern LUNAR_MARK = Pattern.compile("(农历|阴历)");
    private static final Pattern NEW_YEAR_DAYS = Pattern.compile("大年(初[一二三四五六七八九十]|三十)");
    private static final Pattern DAY_PART = Pattern.compile("(凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|半夜|午夜|白天|黎明|前半夜|后半夜|晏昼)");
    private static final Pattern SHORT_DAY_PART = Pattern.compile("(早|晚|夜)(?=" + NUM + "[点时])");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}|" + CN + "{1,3})(点|时)(?!代|期|间|候|段|速|长|差|效|事|尚|装|政|局|评|空|机|针|刻表)钟?"
            + "(?:(半)|([一三13])刻|(整)|(\\d{1,2}|[零〇一二三四五六七八九十]{1,3})分?(?:(\\d{1,2}|" + CN + "{1,3})秒)?)?(许|左右|钟)?");
    private static final Pattern COLON_CLOCK = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?!\\d)\\s?((?i:am|pm|a\\.m\\.|p\\.m\\.|p|a)(?![a-zA-Z]))?时?");
    /** 三點三, 三點搭一, 三點三個字: Cantonese minutes counted in fives. */
    private static final Pattern FIVE_MINUTES = Pattern.compile("(?:踏|搭)(半|十一|十|[一二三四五六七八九])(?:个字)?");
    private static final Pattern FIVE_MINUTE_WORD = Pattern.compile("个字");
    /** Cantonese minute counts in fives (三點三 = 3:15): one to eleven. */
    private static final Set<String> FIVE_MINUTE_COUNT = Set.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一");
    private static final Pattern AMPM_CLOCK = Pattern.compile("(\\d{1,2})\\s?((?i:am|pm))(?![a-zA-Z])");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)((?:1[89]|20)\\d{2})\\s?([-/.])\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})"
            + "(?:(?:\\s*|T|-)(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?(?!\\d)");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d.])");
    private static final Pattern US_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<![\\d.])((?:1[89]|20)\\d{2})[.\\-/](0[1-9]|1[0-2])(?![\\d.%万亿千百元]|[\\-/]\\d{1,2}(?!\\d))");
    private static final Pattern CLOCK_ON_DATE = Pattern.compile("\\s?(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?!\\d)");
    /** 至今 is "up to now" unless it opens 今年 / 今日 / 今天 (自去年年初至今年9月 is a range). */
    private static final Pattern SINCE = Pattern.compile("(以来|至今(?![年日天晚早晨])|起至今(?![年日天晚早晨])|起(?!至|到)|开始)(?!诉|草|点|步|源|到|价)");
    private static final Pattern SAME_PERIOD = Pattern.compile("同期");
    private static final Pattern APPROX = Pattern.compile("(左右|前后|许)");
    private static final Pattern CONNECTOR = Pattern.compile("(?:起)?" + CONNECT);
    private static final Pattern RANGE_START = Pattern.compile("(\\d{1,2}|" + CN + "{1,3})" + CONNECT);
    private static final Pattern SINCE_PREFIX = Pattern.compile("(自|从)");
    private static final Pattern UNTIL_PREFIX = Pattern.compile("(截至到|截止到|截至|截止)");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(年初至今|年初以来|年内至今)");
    private static final String UNITS = "(年|个月|月|周|星期|礼拜|天|日|小时|个钟|钟头|分钟|秒钟|秒|个季度|季度)";
    /** 3年半以来, 3个多月以来: from that long before the reference to the end of the reference day. */
    private static final Pattern SPAN_SINCE = Pattern.compile("(\\d{1,3}|" + CN + "{1,3}|半)多?(个半|个)?多?" + UNITS + "(半|多)?以来");
    /**
     * 18个月来, 三年来, 半年来: the whole units before the current one, as 近18个月来 and 近五年 are read (来 here is "up to
     * now", not the verb: 3年来华 and 3个月来一次 are not spans). A bare 3月来 is March; 10日来 is a date.
     */
    private static final Pattern RECENT_SPAN = Pattern.compile("(\\d{1,3}|" + CN + "{1,3}|半)(个)?(年|月|周|星期|天|日)来(?![一过到自了此这京华沪访往])");
    private static final Pattern OFFSET_AFTER = Pattern.compile("(\\d{1,3}|" + CN + "{1,3}|半|仨|俩)(个半|个)?" + UNITS + "(半)?(之前|以前|前|之后|以后|后)(?![年月天日夕台期者面排端线])");
    private static final Pattern OFFSET_BEFORE = Pattern.compile("(上上|上|前|下|后|过去的?|未来的?|近|最近|今后)(\\d{1,3}|" + CN + "{1,3}|仨|俩)(个)?" + UNITS + "(?:来|以来)?");
    private static final Pattern DURATION = Pattern.compile("(近|过去|最近)?(\\d{1,3}|" + CN + "{1,4}|半|几|数)(个半|个)?(年|月|天|日|周|星期|小时|分钟|秒钟)(半)?(多)?(?:来|以来)?");

    private static final int MAX_EXPRESSION = 64;

    /**
     * For each pattern, the characters a match can start with, found once by trying each character that occurs in
     * any pattern (a one-character input that matches or runs out of input can open a match). {@link Scan#at} looks
     * here first, so the long alternations are not tried at positions where they cannot match.
     */
    private static final Map<Pattern, BitSet> FIRST_CHARS = new IdentityHashMap<>();

    static {
        List<Pattern> patterns = List.of(PAREN_YEAR, PAREN_MONTH, PAREN_DAY, YEAR4, ROC_YEAR, MINGUO_YEAR2, YEAR2, YEAR_REL, YEAR_PART, MONTH, MONTH_REL, RECENT_DAYS, DAY, BARE_DAY, MONTH_PART, QUARTER_REL, WEEK_OF_YEAR, DECADE, CENTURY, SEASON, BARE_SEASON, NOW_AND_NEXT_YEAR, SAME_DAY, MONTH_DAY_CLOCK, WEEK_OF_MONTH, DAY_REL, WEEK, WEEKDAY_AFTER_DATE, LUNAR, LUNAR_MARK, NEW_YEAR_DAYS, DAY_PART, SHORT_DAY_PART, CLOCK, COLON_CLOCK, FIVE_MINUTES, FIVE_MINUTE_WORD, AMPM_CLOCK, NUMERIC_DATE, COMPACT_DATE, US_DATE, NUMERIC_MONTH, CLOCK_ON_DATE, SINCE, SAME_PERIOD, APPROX, CONNECTOR, RANGE_START, SINCE_PREFIX, UNTIL_PREFIX, YEAR_TO_DATE, SPAN_SINCE, RECENT_SPAN, OFFSET_AFTER, OFFSET_BEFORE, DURATION);
        BitSet candidates = new BitSet(65536);
        for (Pattern p : patterns) {
            p.pattern().chars().forEach(candidates::set);
        }
        candidates.set(0, 128);
        candidates.set('0', '9' + 1);
        for (Pattern p : patterns) {
            if (p.matcher("").lookingAt()) {
                continue; // can match nothing: no guard
            }
            BitSet first = new BitSet(65536);
            Matcher m = p.matcher("");
            for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
                m.reset(String.valueOf((char) c));
                if (m.lookingAt() || m.hitEnd()) {
                    first.set(c);
                }
            }
            FIRST_CHARS.put(p, first);
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private final ScriptFolding folding = ScriptFolding.instance();
    private final Holidays holidays;
    private final TaiwanMarkers taiwanMarkers;
    /** Holiday names by first character, longest first: a lookup, not a 300-way regex alternation. */
    private final Map<Character, List<String>> holidaysByFirstChar = new java.util.HashMap<>();
    /** Characters that can open a time expression other than a holiday name. */
    private static final BitSet START_CHARS = new BitSet(65536);
    /** Characters that can open an offset, a duration or a span (三天前, 上两周, 三年, 3个多月以来). */
    private static final BitSet NUMBER_CHARS = new BitSet(65536);
    private static final BitSet OFFSET_PREFIX_CHARS = new BitSet(65536);

    static {
        for (char c : ("0123456789零〇一二三四五六七八九十两廿仨俩半几数自从截今去前明后上下本当同大昨次翌这该年首头第"
                + "初底末伊全近过最未农阴正腊冬闰周星礼凌清早晚中午傍夜深白黎晏Q春夏秋冬民").toCharArray()) {
            START_CHARS.set(c);
        }
        for (char c : "0123456789零〇一二三四五六七八九十两廿仨俩半".toCharArray()) {
            NUMBER_CHARS.set(c);
        }
        for (char c : "上前下后过未近最今".toCharArray()) {
            OFFSET_PREFIX_CHARS.set(c);
        }
    }

    /** First characters of holiday names (and of 农历/阴历). */
    private final BitSet holidayStarts = new BitSet(65536);
    /** 光明日报, 今日头条, 今晚报: names of newspapers and programmes that hold a time word are not times. */
    private static final Pattern NAMES_WITH_TIME_WORDS = Pattern.compile("光明日报|今日头条|今晚报|今日说法|今日关注|明日之星|今日中国|今日美国");

    /** 五一广场, 国庆路: a holiday name inside a place name is not a time. */
    private static final Pattern PLACE_AFTER_HOLIDAY = Pattern.compile("(?:广场|路|街|大道|大街|村|小区|中学|小学|大桥|公园)");

    private TimeTagger(Holidays holidays, TaiwanMarkers taiwanMarkers) {
        this.holidays = holidays;
        this.taiwanMarkers = taiwanMarkers;
        for (String name : holidays.names()) { // longest first
            holidaysByFirstChar.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(name);
            holidayStarts.set(name.charAt(0));
        }
        holidayStarts.set('农');
        holidayStarts.set('阴');
    }

    /** A holiday name found at a position, and where it ends (after an optional 节). */
    private record HolidayMatch(String name, int end) {
    }

    public static TimeTagger fromDefaultModels() {
        return new TimeTagger(Holidays.load(), TaiwanMarkers.load());
    }

    /**
     * Whether an article counts bare two-digit years from the Republic's founding (98年1月 = 2009-01): a
     * Traditional-script article with a Taiwan marker of {@code models/time/minguo-markers.tsv}.
     *
     * @param original   the article in its own script
     * @param simplified its Simplified twin (equal to {@code original} for a Simplified article)
     */
    public boolean countsMinguoYears(String original, String simplified) {
        return taiwanMarkers.markTaiwan(original, simplified);
    }

    /**
     * @param reference the publication date-time, or null when unknown (relative expressions then stay unresolved)
     * @return mentions in text order, not overlapping; never throws on any input
     */
    public List<TimeMention> tag(String text, LocalDateTime reference) {
        return tag(text, reference, false);
    }

    /**
     * As {@link #tag(String, LocalDateTime)}; with {@code minguoYears} a bare two-digit year is a Minguo year
     * (98年1月 → 2009-01), as in Taiwan's press (see {@link #countsMinguoYears}).
     */
    public List<TimeMention> tag(String text, LocalDateTime reference, boolean minguoYears) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = folding.toSimplified(ScriptFolding.foldWidth(text.charAt(i)));
        }
        Scan scan = new Scan(new String(folded), reference, minguoYears);
        java.util.BitSet inNames = new java.util.BitSet(folded.length);
        Matcher names = NAMES_WITH_TIME_WORDS.matcher(scan.s);
        while (names.find()) {
            inNames.set(names.start(), names.end());
        }
        List<TimeMention> out = new ArrayList<>();
        int pos = 0;
        int n = folded.length;
        while (pos < n) {
            char c = folded[pos];
            // Most characters open nothing; a holiday's first character (国, 新, 开 …) is common, so its long
            // alternation is tried only there, and the other readers only at their own opening characters.
            if (!START_CHARS.get(c) && !(holidayStarts.get(c) && scan.holidayAt(pos) != null)) {
                pos++;
                continue;
            }
            if (inNames.get(pos)) {
                pos++; // 据光明日报报道: no 明日
                continue;
            }
            if (pos > 0 && isAsciiDigit(c) && isAsciiDigit(folded[pos - 1])) {
                pos++; // never start inside a number: 100年一遇 holds no 00年
                continue;
            }
            Reading best = null;
            try {
                best = scan.readAt(pos);
            } catch (RuntimeException e) {
                best = null; // an impossible date (2月30日) is not a time expression
            }
            if (best == null || best.mention == null) {
                pos++;
                continue;
            }
            TimeMention t = best.mention;
            out.add(new TimeMention(pos, best.end, text.substring(pos, best.end), t.kind(), t.from(), t.to(), t.grain()));
            scan.remember(best);
            pos = best.end;
        }
        return out;
    }

    // --- per-call state -----------------------------------------------------------------------------------------

    /** A resolved reading at a position: the mention (offsets unset) and where it ends. */
    private record Reading(int end, TimeMention mention, Draft draft) {
    }

    /** The parts of one date-time expression as read, before resolution. */
    private static final class Draft {
        int end;
        Integer yearAbs;
        Integer yearRel;
        boolean yearOfContext;
        int partFrom;
        int partTo;
        Integer month;
        Integer monthRel;
        String monthPart;
        Integer weekOfMonth;
        Integer weekOfMonthDay;
        Integer day;
        Integer dayRel;
        Integer weekRel;
        Integer weekday;
        boolean weekend;
        String holiday;
        Integer lunarMonth;
        Integer lunarDay;
        boolean lunarLeap;
        String dayPart;
        Integer hour;
        Integer minute;
        Integer second;
        Integer dayOfYear;
        Integer weekOfYear;
        int decadeFrom;
        int decadeTo;
        String season;
        boolean sameDay;
        boolean since;
        boolean until;
        /** The year came from a parenthesised relative word (去（2025）年): it is the reference's neighbour, as 去年 is. */
        boolean parenthesised;
        /** 較113年同期: the year of a comparison's basis, not the year the text goes on about. */
        boolean samePeriod;

        boolean hasYear() {
            return yearAbs != null || yearRel != null || yearOfContext;
        }

        boolean hasDate() {
            return hasYear() || partTo > 0 || month != null || monthRel != null || day != null || dayRel != null
                    || weekRel != null || weekday != null || weekend || holiday != null || lunarMonth != null
                    || decadeTo > 0 || sameDay;
        }

        boolean hasClock() {
            return hour != null;
        }

        Draft copy() {
            Draft d = new Draft();
            d.end = end;
            d.yearAbs = yearAbs;
            d.yearRel = yearRel;
            d.yearOfContext = yearOfContext;
            d.partFrom = partFrom;
            d.partTo = partTo;
            d.month = month;
            d.monthRel = monthRel;
            d.monthPart = monthPart;
            d.weekOfMonth = weekOfMonth;
            d.weekOfMonthDay = weekOfMonthDay;
            d.day = day;
            d.dayRel = dayRel;
            d.weekRel = weekRel;
            d.weekday = weekday;
            d.weekend = weekend;
            d.holiday = holiday;
            d.lunarMonth = lunarMonth;
            d.lunarDay = lunarDay;
            d.lunarLeap = lunarLeap;
            d.dayPart = dayPart;
            d.sameDay = sameDay;
            d.hour = hour;
            d.minute = minute;
            d.second = second;
            return d;
        }

        /** B of 「A至B」 takes from A what it leaves out: 2017年8月11日至(2017年)8月22日, 下午1点到(下午)3点. */
        void inheritFrom(Draft a) {
            boolean relativeDate = dayRel != null || weekRel != null || weekday != null || weekend;
            if (!hasDate() && hasClock()) {
                yearAbs = a.yearAbs;
                yearRel = a.yearRel;
                yearOfContext = a.yearOfContext;
                month = a.month;
                monthRel = a.monthRel;
                day = a.day;
                dayRel = a.dayRel;
                sameDay = a.sameDay;
                weekRel = a.weekRel;
                weekday = a.weekday;
                holiday = a.holiday;
                lunarMonth = a.lunarMonth;
                lunarDay = a.lunarDay;
                if (dayPart == null && a.dayPart != null && a.hour != null && hour != null && hour < 12 && isAfternoon(a.dayPart)) {
                    dayPart = a.dayPart;
                }
                return;
            }
            if (!hasYear() && !relativeDate && monthRel == null) {
                yearAbs = a.yearAbs;
                yearRel = a.yearRel;
                yearOfContext = a.yearOfContext;
                if (day != null && month == null) {
                    month = a.month;
                    monthRel = a.monthRel;
                }
            }
        }
    }

    private static boolean isAfternoon(String dayPart) {
        return switch (dayPart) {
            case "下午", "午后", "傍晚", "晚上", "晚间", "夜里", "夜间", "深夜", "晏昼", "晚", "夜" -> true;
            default -> false;
        };
    }

    /** Scanning state of one {@link #tag} call: the text, its matchers and the year and month the text last named. */
    private final class Scan {
        private final String s;
        private final int n;
        private final LocalDateTime ref;
        private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
        private final boolean minguoYears;
        private Integer contextYear;
        private Integer contextMonth;
        private LocalDate contextDay;

        Scan(String s, LocalDateTime ref, boolean minguoYears) {
            this.s = s;
            this.n = s.length();
            this.ref = ref;
            this.minguoYears = minguoYears;
        }

        /** The matcher of {@code p} if it matches at {@code pos}, else null. */
        private Matcher at(Pattern p, int pos) {
            if (pos >= n) {
                return null;
            }
            BitSet first = FIRST_CHARS.get(p);
            if (first != null && !first.get(s.charAt(pos))) {
                return null;
            }
            Matcher m = matchers.computeIfAbsent(p, k -> k.matcher(s).useTransparentBounds(true).useAnchoringBounds(false));
            m.region(pos, Math.min(n, pos + MAX_EXPRESSION));
            return m.lookingAt() ? m : null;
        }

        void remember(Reading r) {
            Draft d = r.draft;
            TimeMention t = r.mention;
            if (t.from() != null && t.to() != null && t.grain().compareTo(Grain.DAY) >= 0
                    && !t.to().isAfter(t.from().toLocalDate().plusDays(1).atStartOfDay())) {
                contextDay = t.from().toLocalDate(); // 当天 is the day the text last named
            }
            if (d != null && d.yearAbs != null && !d.parenthesised && !d.samePeriod && r.mention.from() != null) {
                contextYear = r.mention.from().getYear();
                contextMonth = d.month != null ? r.mention.from().getMonthValue() : null;
            } else if (d != null && d.month != null && d.day == null && contextYear != null && r.mention.from() != null
                    && r.mention.from().getYear() == contextYear) {
                contextMonth = d.month;
            }
        }

        Reading readAt(int pos) {
            Reading best = null;
            char c = s.charAt(pos);
            best = longer(best, safely(() -> expression(pos)));
            if (OFFSET_PREFIX_CHARS.get(c)) {
                best = longer(best, safely(() -> offsetBefore(pos)));
            }
            if (NUMBER_CHARS.get(c) || c == '几' || c == '数' || c == '近' || c == '过' || c == '最') {
                // on a tie the reading found first wins: 近五年 is a span, not a duration
                best = longer(best, safely(() -> offsetAfter(pos)));
                best = longer(best, safely(() -> spanSince(pos)));
                best = longer(best, safely(() -> recentSpan(pos)));
                best = longer(best, safely(() -> duration(pos)));
            }
            if (c == '年') {
                best = longer(best, safely(() -> yearToDate(pos)));
            }
            if (c == '今') {
                best = longer(best, safely(() -> nowAndNextYear(pos)));
            }
            return best;
        }

        /** A reading that runs into an impossible date (2月30日) or number (几) is no reading. */
        private Reading safely(java.util.function.Supplier<Reading> reader) {
            try {
                return reader.get();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Reading longer(Reading a, Reading b) {
            if (b == null) {
                return a;
            }
            return a == null || b.end > a.end ? b : a;
        }

        // --- expressions built from parts -----------------------------------------------------------------------

        /** A point, or two points joined into an interval, with the prefixes 自/从/截至 and suffixes 以来/起/同期. */
        private Reading expression(int pos) {
            int p = pos;
            boolean sincePrefix = false;
            boolean until = false;
            Matcher m;
            if ((m = at(UNTIL_PREFIX, p)) != null) {
                until = true;
                p = m.end();
            } else if ((m = at(SINCE_PREFIX, p)) != null) {
                sincePrefix = true;
                p = m.end();
            }
            Draft a = rangeStart(p);
            if (a == null) {
                a = point(p, false);
            }
            if (a == null) {
                return null;
            }
            if (a.end - p == 0) {
                return null;
            }
            TimeMention first = resolve(a);
            if (first == null) {
                return null;
            }
            int end = a.end;
            // 「A至B」
            Draft b = null;
            if ((m = at(CONNECTOR, end)) != null && !a.since) {
                b = point(m.end(), true);
                if (b != null) {
                    b.inheritFrom(a);
                }
            }
            if (b != null) {
                TimeMention second = resolve(b);
                if (second != null && second.from() != null && first.from() != null && second.to() != null
                        && second.to().isAfter(first.from())) {
                    int bEnd = b.end;
                    if (bEnd < n && s.charAt(bEnd) == '止') {
                        bEnd++;
                    }
                    Grain g = first.grain().compareTo(second.grain()) >= 0 ? first.grain() : second.grain();
                    return new Reading(bEnd, new TimeMention(0, 0, "", TimeKind.INTERVAL, first.from(), second.to(), g), a);
                }
            }
            if (until) {
                if (first.from() == null) {
                    return new Reading(end, new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.DAY), a);
                }
                LocalDateTime from = LocalDate.of(first.from().getYear(), 1, 1).atStartOfDay();
                return new Reading(end, new TimeMention(0, 0, "", TimeKind.INTERVAL, from, first.to(), Grain.DAY), a);
            }
            if (a.since || (sincePrefix && sinceLaterInClause(end))) {
                if (a.yearAbs == null && a.yearRel == null && !a.yearOfContext && a.month != null && ref != null
                        && first.from() != null) {
                    // 自6月25日…以来 with no year: the latest 6月25日 not after the reference, whatever year the text
                    // named last (an earlier sentence's 2021年 is about other figures)
                    LocalDateTime latest = first.from().withYear(ref.getYear());
                    if (latest.isAfter(ref)) {
                        latest = latest.minusYears(1);
                    }
                    first = new TimeMention(0, 0, "", first.kind(), latest, null, first.grain());
                }
                return new Reading(end, since(first), a);
            }
            if (sincePrefix) {
                return null; // 自2023年 without 以来: the point alone is read at the next position
            }
            if (a.hasYear() && a.month == null && a.partTo == 0 && !a.hasClock() && (m = at(SAME_PERIOD, end)) != null) {
                end = m.end(); // 去年同期: the year, marked as a comparison basis by its text
                a.samePeriod = true;
            }
            return new Reading(end, first, a);
        }

        /** 自6月25日全国公安机关开展…行动以来: the 以来 that closes a 自/从 frame later in the same clause. */
        private boolean sinceLaterInClause(int from) {
            for (int k = from; k < Math.min(n, from + 40); k++) {
                char c = s.charAt(k);
                if ("，,。；;！？!?\n".indexOf(c) >= 0) {
                    return false;
                }
                if (s.startsWith("以来", k)) {
                    return true;
                }
            }
            return false;
        }

        /** 自2023年11月以来 → from the start of the point to the end of the reference day. */
        private TimeMention since(TimeMention point) {
            if (point.from() == null) {
                return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, point.grain());
            }
            if (ref == null) {
                return new TimeMention(0, 0, "", TimeKind.INTERVAL, point.from(), null, point.grain());
            }
            LocalDateTime to = endOfReferenceDay();
            if (!to.isAfter(point.from())) {
                return new TimeMention(0, 0, "", TimeKind.INTERVAL, point.from(), null, point.grain());
            }
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, point.from(), to, Grain.DAY);
        }

        /** 1至8月, 4月12-19日 (the 12), 9~12点半: a bare number that takes the unit of the point after the range sign. */
        private Draft rangeStart(int pos) {
            Matcher m = at(RANGE_START, pos);
            if (m == null) {
                return null;
            }
            int number = number(m.group(1));
            int bStart = m.end();
            Draft b = point(bStart, true);
            if (b == null) {
                return null;
            }
            Draft a = b.copy();
            if (b.hasClock()) {
                a.hour = number;
                a.minute = null;
                a.second = null;
            } else if (b.day != null) {
                a.day = number;
            } else if (b.month != null) {
                a.month = number;
            } else {
                return null;
            }
            a.end = pos + m.group(1).length();
            return a;
        }

        /** Reads the parts of one point in order; null when nothing was read. */
        private Draft point(int pos, boolean afterConnector) {
            Draft d = new Draft();
            int p = date(d, pos, afterConnector);
            int q = timeOfDay(d, p, p > pos || afterConnector);
            if (q == pos) {
                return null;
            }
            Matcher m;
            if ((m = at(SINCE, q)) != null && d.hasDate()) {
                d.since = true;
                q = m.end();
            } else if ((m = at(APPROX, q)) != null) {
                q = m.end();
            }
            d.end = q;
            return d;
        }

        private int date(Draft d, int pos, boolean afterConnector) {
            Matcher m;
            if ((m = at(MONTH_DAY_CLOCK, pos)) != null) {
                d.month = Integer.parseInt(m.group(1));
                d.day = Integer.parseInt(m.group(2));
                d.hour = Integer.parseInt(m.group(3));
                d.minute = Integer.parseInt(m.group(4));
                return m.end();
            }
            if ((m = at(DECADE, pos)) != null) {
                decade(d, m);
                return m.end();
            }
            if ((m = at(CENTURY, pos)) != null) {
                int c = number(m.group(1));
                int first = (c - 1) * 100;
                century(d, first, 100, m.group(2));
                return m.end();
            }
            if ((m = at(SAME_DAY, pos)) != null) {
                d.sameDay = true;
                if (m.group(1).equals("当晚")) {
                    d.dayPart = "晚上";
                }
                return m.end();
            }
            if ((m = at(NUMERIC_DATE, pos)) != null) {
                d.yearAbs = Integer.parseInt(m.group(1));
                d.month = Integer.parseInt(m.group(3));
                d.day = Integer.parseInt(m.group(4));
                if (m.group(5) != null) {
                    d.hour = Integer.parseInt(m.group(5));
                    d.minute = Integer.parseInt(m.group(6));
                    d.second = m.group(7) == null ? null : Integer.parseInt(m.group(7));
                }
                return m.end();
            }
            if ((m = at(COMPACT_DATE, pos)) != null || (m = at(US_DATE, pos)) != null) {
                boolean us = m.pattern() == US_DATE;
                int y = Integer.parseInt(us ? m.group(3) : m.group(1));
                d.yearAbs = y < 100 ? twoDigitYear(y) : y;
                d.month = Integer.parseInt(us ? m.group(1) : m.group(2));
                d.day = Integer.parseInt(us ? m.group(2) : m.group(3));
                int end = m.end();
                if ((m = at(CLOCK_ON_DATE, end)) != null) {
                    d.hour = Integer.parseInt(m.group(1));
                    d.minute = Integer.parseInt(m.group(2));
                    d.second = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                    end = m.end();
                }
                return end;
            }
            if ((m = at(NUMERIC_MONTH, pos)) != null) {
                d.yearAbs = Integer.parseInt(m.group(1));
                d.month = Integer.parseInt(m.group(2));
                return m.end();
            }
            int p = pos;
            boolean lunarMark = false;
            if ((m = at(LUNAR_MARK, p)) != null && (at(YEAR4, m.end()) != null || at(YEAR_REL, m.end()) != null)) {
                lunarMark = true; // 阴历二〇二一年六月
                p = m.end();
            }
            if ((m = at(PAREN_YEAR, p)) != null) {
                d.yearAbs = parenthesisedYear(m.group(2));
                d.parenthesised = true;
                p = m.end();
            } else if ((m = at(YEAR4, p)) != null) {
                d.yearAbs = yearNumber(m.group(1));
                p = m.end();
            } else if ((m = at(ROC_YEAR, p)) != null) {
                d.yearAbs = 1911 + Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                p = m.end();
            } else if (minguoYears && (m = at(MINGUO_YEAR2, p)) != null) {
                d.yearAbs = 1911 + Integer.parseInt(m.group(1));
                p = m.end();
            } else if ((m = at(YEAR2, p)) != null) {
                int yy = yearNumber(m.group(1));
                d.yearAbs = minguoYears ? 1911 + yy : twoDigitYear(yy);
                p = m.end();
            } else if ((m = at(YEAR_REL, p)) != null) {
                switch (m.group(1)) {
                    case "当年", "同年", "该年" -> d.yearOfContext = true;
                    default -> d.yearRel = yearOffset(m.group(1));
                }
                p = m.end();
            }
            if ((m = at(YEAR_PART, p)) != null && (d.hasYear() || !isBareEdge(m))) {
                if (yearPart(d, m)) {
                    return m.end();
                }
            }
            if (!d.hasYear() && (m = at(QUARTER_REL, p)) != null) {
                quarterOfReference(d, m);
                return m.end();
            }
            if (d.hasYear() && (m = at(WEEK_OF_YEAR, p)) != null) {
                int k = number(m.group(1));
                if (m.group(2).equals("天")) {
                    d.dayOfYear = k;
                } else {
                    d.weekOfYear = k;
                }
                return m.end();
            }
            if (((m = at(BARE_SEASON, p)) != null || (d.hasYear() && (m = at(SEASON, p)) != null)) && holidayAt(p) == null) {
                d.season = m.group(1);
                return m.end();
            }
            int afterYear = p;
            if ((m = at(LUNAR, p)) != null && (lunarMark || m.group(1) != null || m.group(2) != null || m.group(3) != null
                    || lunarOnlyDay(m))) {
                d.lunarMonth = m.group(2) != null ? switch (m.group(2)) {
                    case "正" -> 1;
                    case "冬" -> 11;
                    default -> 12;
                } : number(m.group(4));
                d.lunarLeap = m.group(3) != null;
                d.lunarDay = m.group(5) == null ? null : lunarDay(m.group(5));
                return m.end();
            }
            if ((m = at(NEW_YEAR_DAYS, p)) != null) {
                if (m.group(1).equals("三十")) {
                    d.holiday = "除夕";
                } else {
                    d.lunarMonth = 1;
                    d.lunarDay = lunarDay(m.group(1));
                }
                return m.end();
            }
            if (!d.hasYear() && (m = at(PAREN_MONTH, p)) != null) {
                parenthesisedMonth(d, m);
                p = m.end();
            } else if ((m = at(MONTH_REL, p)) != null) {
                String w = m.group(1);
                if (w.equals("当月") || w.equals("同月") || w.equals("该月")) {
                    d.monthRel = contextMonth != null && contextYear != null ? null : 0;
                    if (d.monthRel == null) {
                        d.yearAbs = contextYear;
                        d.month = contextMonth;
                    }
                } else {
                    d.monthRel = w.startsWith("上上") ? -2 : w.startsWith("上") ? -1 : (w.startsWith("下") || w.startsWith("次")) ? 1 : 0;
                }
                p = m.end();
            } else if ((m = at(RECENT_DAYS, p)) != null) {
                d.monthRel = 0;
                p = m.end();
            } else if ((m = at(MONTH, p)) != null) {
                int month = number(m.group(1));
                if (month < 1 || month > 12) {
                    return afterYear;
                }
                d.month = month;
                p = m.end();
            }
            if (d.month != null || d.monthRel != null) {
                if ((m = at(DAY, p)) != null) {
                    d.day = number(m.group(1));
                    p = m.end();
                } else if ((m = at(MONTH_PART, p)) != null) {
                    d.monthPart = m.group(1);
                    return m.end();
                } else if ((m = at(WEEK_OF_MONTH, p)) != null) {
                    d.weekOfMonth = number(m.group(1));
                    d.weekOfMonthDay = m.group(3) == null ? null : weekday(m.group(3));
                    return m.end();
                } else if ((m = at(BARE_DAY, p)) != null) {
                    d.day = number(m.group(1));
                    p = m.end();
                }
            } else if (!d.hasYear()) {
                if ((m = at(PAREN_DAY, p)) != null) {
                    parenthesisedDay(d, m);
                    p = m.end();
                } else if ((m = at(DAY, p)) != null && (m.group(0).endsWith("日") || afterConnector || followedByTime(m.end()))) {
                    d.day = number(m.group(1));
                    p = m.end();
                } else if ((m = at(DAY_REL, p)) != null) {
                    dayWord(d, m.group(1));
                    p = m.end();
                } else if ((m = at(WEEK, p)) != null && (m.group(1) != null || m.group(2) != null || m.group(3) != null)
                        && (p == 0 || s.charAt(p - 1) != '每')) {
                    d.weekRel = weekOffset(m.group(1));
                    if (m.group(2) != null) {
                        d.weekday = weekday(m.group(2));
                    } else if (m.group(3) != null) {
                        d.weekend = true;
                    }
                    p = m.end();
                }
            }
            if (d.day != null && (m = at(WEEKDAY_AFTER_DATE, p)) != null) {
                p = m.end(); // 6月1日周六: the weekday repeats the date
            }
            if (d.month == null && d.monthRel == null && d.day == null && d.dayRel == null && d.weekRel == null
                    && holidayAt(p) != null) {
                HolidayMatch h = holidayAt(p);
                d.holiday = h.name();
                p = h.end();
            }
            return p;
        }

        /** The holiday named at {@code p} (农历元宵, 国庆节), or null. */
        HolidayMatch holidayAt(int p) {
            if (p >= n || !holidayStarts.get(s.charAt(p))) {
                return null;
            }
            int q = s.startsWith("农历", p) || s.startsWith("阴历", p) ? p + 2 : p;
            if (q >= n) {
                return null;
            }
            List<String> names = holidaysByFirstChar.get(s.charAt(q));
            if (names == null) {
                return null;
            }
            for (String name : names) {
                if (s.startsWith(name, q)) {
                    int end = q + name.length();
                    if (end < n && s.charAt(end) == '节') {
                        end++;
                    }
                    return at(PLACE_AFTER_HOLIDAY, end) != null ? null : new HolidayMatch(name, end);
                }
            }
            return null;
        }

        /** 去（2025）年 = 2025; 今(114)年 counts from the Republic (114 + 1911), as a two-digit year does in a Taiwan article. */
        private int parenthesisedYear(String digits) {
            int y = yearNumber(digits);
            if (y >= 1000) {
                return y;
            }
            return y >= 100 || minguoYears ? 1911 + y : twoDigitYear(y);
        }

        /** 本（11）月, 上(10)月: that month in the year that puts it nearest the month the word points at. */
        private void parenthesisedMonth(Draft d, Matcher m) {
            int month = number(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no month " + month);
            }
            d.month = month;
            if (ref != null) {
                YearMonth target = YearMonth.from(ref).plusMonths(parenOffset(m.group(1)));
                YearMonth best = null;
                for (int y = target.getYear() - 1; y <= target.getYear() + 1; y++) {
                    YearMonth c = YearMonth.of(y, month);
                    if (best == null || Math.abs(ChronoUnit.MONTHS.between(target, c)) < Math.abs(ChronoUnit.MONTHS.between(target, best))) {
                        best = c;
                    }
                }
                d.yearAbs = best.getYear();
                d.parenthesised = true;
            }
        }

        /**
         * 今（17）日, 昨(18)日: that day of the month that puts it nearest the day the word points at, so that 昨(28)日
         * published on 1 March is 28 February.
         */
        private void parenthesisedDay(Draft d, Matcher m) {
            int day = number(m.group(2));
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("no day " + day);
            }
            d.day = day;
            if (ref != null) {
                LocalDate target = ref.toLocalDate().plusDays(parenOffset(m.group(1)));
                LocalDate best = null;
                for (int k = -1; k <= 1; k++) {
                    YearMonth ym = YearMonth.from(target).plusMonths(k);
                    if (day <= ym.lengthOfMonth()) {
                        LocalDate c = ym.atDay(day);
                        if (best == null || Math.abs(ChronoUnit.DAYS.between(target, c)) < Math.abs(ChronoUnit.DAYS.between(target, best))) {
                            best = c;
                        }
                    }
                }
                d.yearAbs = best.getYear();
                d.month = best.getMonthValue();
                d.parenthesised = true;
            }
        }

        /** 初五, 廿二 and 八月十五 (Chinese day numbers without 日) are lunar days; 1月3 and 今個月廿號 are not. */
        private boolean lunarOnlyDay(Matcher m) {
            String day = m.group(5);
            if (day == null || m.group(6) != null || Character.isDigit(day.charAt(0))) {
                return false;
            }
            return day.startsWith("初") || day.startsWith("廿") || !Character.isDigit(m.group(4).charAt(0)) || day.length() > 1;
        }

        /** 上世纪80年代, 90年代末, 十九世纪七十年代. */
        private void decade(Draft d, Matcher m) {
            String tens = m.group(3);
            int decadeOf = Character.isDigit(tens.charAt(0)) ? Integer.parseInt(tens) : number(tens);
            int now = ref != null ? ref.getYear() : java.time.Year.now().getValue();
            int centuryStart;
            if (m.group(1) != null) {
                centuryStart = (now / 100) * 100 - (m.group(1).startsWith("上") ? 100 : 0);
            } else if (m.group(2) != null) {
                centuryStart = (number(m.group(2)) - 1) * 100;
            } else {
                // 80年代 alone: the latest such decade that has begun
                centuryStart = (now / 100) * 100;
                if (centuryStart + decadeOf > now) {
                    centuryStart -= 100;
                }
            }
            century(d, centuryStart + decadeOf, 10, m.group(4));
        }

        /** A span of years with its early or late part: 初/前期 the first years, 末/后期 the last, 中期 the middle. */
        private void century(Draft d, int first, int length, String part) {
            int edge = length == 100 ? 20 : 3;
            int from = first;
            int to = first + length;
            if (part != null) {
                if (part.startsWith("初") || part.equals("前期")) {
                    to = first + edge;
                } else if (part.startsWith("末") || part.equals("后期")) {
                    from = to - edge;
                } else if (part.equals("中期")) {
                    from = first + edge;
                    to = first + length - edge;
                }
            }
            d.decadeFrom = from;
            d.decadeTo = to;
        }

        /** 本季度, 上个季度, 上季度末. */
        private void quarterOfReference(Draft d, Matcher m) {
            if (ref == null) {
                d.yearRel = 0;
                d.partFrom = 1;
                d.partTo = 3;
                return;
            }
            String w = m.group(1);
            int offset = w.startsWith("上") ? -1 : w.startsWith("下") ? 1 : 0;
            YearMonth firstMonth = YearMonth.of(ref.getYear(), (ref.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3L * offset);
            d.yearAbs = firstMonth.getYear();
            d.partFrom = firstMonth.getMonthValue();
            d.partTo = d.partFrom + 2;
            if ("末".equals(m.group(2))) {
                d.partFrom = d.partTo;
            } else if ("初".equals(m.group(2))) {
                d.partTo = d.partFrom;
            }
        }

        /** 年底 and 初 alone (without a year) only as 年底/年初/年末; a bare 初/底/末 is not a time. */
        private boolean isBareEdge(Matcher m) {
            String w = m.group(1);
            return w.length() == 1 || w.equals("伊始");
        }

        private boolean followedByTime(int p) {
            return at(DAY_PART, p) != null || at(CLOCK, p) != null || at(CONNECTOR, p) != null;
        }

        private boolean yearPart(Draft d, Matcher m) {
            String w = m.group(1);
            int from = 1;
            int to;
            if (m.group(2) != null || m.group(3) != null) {
                int q = number(m.group(2) != null ? m.group(2) : m.group(3));
                from = 3 * q - 2;
                to = 3 * q;
            } else if (m.group(4) != null) {
                to = number(m.group(4));
            } else if (m.group(5) != null) {
                from = number(m.group(5));
                to = from;
            } else if (m.group(6) != null) {
                from = number(m.group(6));
                to = number(m.group(7));
            } else {
                switch (w) {
                    case "年度", "全年" -> { // 2023年度, 去年全年; 全年 alone takes the article's year from elsewhere
                        if (!d.hasYear()) {
                            return false;
                        }
                        to = 12;
                    }
                    case "年底", "年末", "底", "末" -> {
                        from = 12;
                        to = 12;
                    }
                    case "年初", "初", "伊始", "首月" -> to = 1;
                    case "年中" -> {
                        from = 6;
                        to = 7;
                    }
                    case "上半年" -> to = 6;
                    case "下半年" -> {
                        from = 7;
                        to = 12;
                    }
                    case "首季", "首季度" -> to = 3;
                    default -> {
                        if (!w.startsWith("前") || !w.endsWith("季度")) {
                            return false;
                        }
                        to = 3 * number(w.substring(1, 2)); // 前三季度, 前3个季度, 前两季度
                    }
                }
            }
            if (m.group(8) != null && from != to) {
                // 一季度末, 四季度初: the last or first month of the quarter
                if (m.group(8).equals("末")) {
                    from = to;
                } else {
                    to = from;
                }
            }
            if (from < 1 || to > 12 || from > to) {
                return false;
            }
            d.partFrom = from;
            d.partTo = to;
            return true;
        }

        private int timeOfDay(Draft d, int pos, boolean afterDate) {
            int p = pos;
            Matcher m;
            if ((m = at(DAY_PART, p)) != null) {
                d.dayPart = m.group(1);
                p = m.end();
            } else if (afterDate && (m = at(SHORT_DAY_PART, p)) != null) {
                d.dayPart = m.group(1);
                p = m.end();
            }
            boolean context = afterDate || d.dayPart != null;
            if ((m = at(COLON_CLOCK, p)) != null) {
                int h = Integer.parseInt(m.group(1));
                int mi = Integer.parseInt(m.group(2));
                if (h > 24 || mi > 59) {
                    return p;
                }
                d.hour = h;
                d.minute = mi;
                d.second = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                if (m.group(4) != null && m.group(4).toLowerCase(java.util.Locale.ROOT).startsWith("p") && h < 12) {
                    d.hour = h + 12;
                }
                return m.end();
            }
            if ((m = at(AMPM_CLOCK, p)) != null) {
                int h = Integer.parseInt(m.group(1));
                d.hour = m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("p") && h < 12 ? h + 12 : h;
                return m.end();
            }
            if ((m = at(CLOCK, p)) != null) {
                boolean digits = Character.isDigit(m.group(1).charAt(0));
                boolean minuteOrMore = m.group(3) != null || m.group(4) != null || m.group(5) != null || m.group(6) != null
                        || m.group(8) != null;
                boolean accept = context || minuteOrMore || at(FIVE_MINUTES, m.end()) != null || m.group(0).contains("钟") || (digits && m.group(2).equals("时"));
                int h = number(m.group(1));
                if (accept && h <= 24) {
                    d.hour = h;
                    if (m.group(3) != null) {
                        d.minute = 30;
                    } else if (m.group(4) != null) {
                        d.minute = m.group(4).equals("一") || m.group(4).equals("1") ? 15 : 45;
                    } else if (m.group(6) != null && m.group(2).equals("点") && !m.group(0).contains("分")
                            && FIVE_MINUTE_COUNT.contains(m.group(6))) {
                        d.minute = 5 * number(m.group(6)); // 三點三: Cantonese counts minutes in fives
                        Matcher word = at(FIVE_MINUTE_WORD, m.end());
                        return word != null ? word.end() : m.end();
                    } else if (m.group(6) != null) {
                        d.minute = number(m.group(6));
                        if (d.minute > 59) {
                            d.hour = null;
                            d.minute = null;
                            return p;
                        }
                        d.second = m.group(7) == null ? null : number(m.group(7));
                    } else if (m.group(5) == null && m.group(8) == null) {
                        Matcher five = at(FIVE_MINUTES, m.end());
                        if (five != null) {
                            d.minute = five.group(1).equals("半") ? 30 : 5 * number(five.group(1));
                            return five.end();
                        }
                    }
                    return m.end();
                }
            }
            return p;
        }

        // --- resolution ------------------------------------------------------------------------------------------

        private TimeMention resolve(Draft d) {
            LocalDate refDay = ref == null ? null : ref.toLocalDate();
            LocalDate first;
            LocalDate endExclusive;
            Grain grain;
            Integer year = resolveYear(d);
            if (d.dayRel != null || d.weekRel != null || d.weekday != null || d.weekend) {
                if (refDay == null) {
                    return unresolved(d);
                }
                if (d.dayRel != null) {
                    first = refDay.plusDays(d.dayRel);
                    endExclusive = first.plusDays(1);
                    grain = Grain.DAY;
                } else {
                    LocalDate monday = refDay.with(DayOfWeek.MONDAY).plusWeeks(d.weekRel == null ? 0 : d.weekRel);
                    if (d.weekend) {
                        LocalDateTime from = monday.plusDays(4).atTime(18, 0);
                        return new TimeMention(0, 0, "", TimeKind.INTERVAL, from, monday.plusWeeks(1).atStartOfDay(), Grain.HOUR);
                    }
                    if (d.weekday != null) {
                        first = monday.plusDays(d.weekday - 1);
                        endExclusive = first.plusDays(1);
                        grain = Grain.DAY;
                    } else {
                        first = monday;
                        endExclusive = monday.plusWeeks(1);
                        grain = Grain.WEEK;
                    }
                }
            } else if (d.sameDay) {
                LocalDate day = contextDay != null ? contextDay : refDay;
                if (day == null) {
                    return unresolved(d);
                }
                first = day;
                endExclusive = day.plusDays(1);
                grain = Grain.DAY;
            } else if (d.decadeTo > 0) {
                first = LocalDate.of(d.decadeFrom, 1, 1);
                endExclusive = LocalDate.of(d.decadeTo, 1, 1);
                grain = Grain.YEAR;
            } else if (d.season != null || d.dayOfYear != null || d.weekOfYear != null) {
                if (year == null) {
                    return unresolved(d);
                }
                if (d.dayOfYear != null) {
                    first = LocalDate.of(year, 1, 1).plusDays(d.dayOfYear - 1);
                    endExclusive = first.plusDays(1);
                    grain = Grain.DAY;
                } else if (d.weekOfYear != null) {
                    first = LocalDate.of(year, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(d.weekOfYear - 1);
                    endExclusive = first.plusWeeks(1);
                    grain = Grain.WEEK;
                } else {
                    // seasons by the solar terms that open them: 春 from 立春 to 立夏 …, 冬 from 立冬 to the next 立春
                    String[] opens = {"立春", "立夏", "立秋", "立冬"};
                    int k = "春夏秋冬".indexOf(d.season);
                    first = holidays.in(opens[k], year).orElseThrow().first();
                    endExclusive = k < 3 ? holidays.in(opens[k + 1], year).orElseThrow().first()
                            : holidays.in(opens[0], year + 1).orElseThrow().first();
                    grain = Grain.DAY;
                }
            } else if (d.holiday != null) {
                if (year == null) {
                    return unresolved(d);
                }
                Holidays.Span span = holidays.in(d.holiday, year).orElse(null);
                if (span == null) {
                    return null;
                }
                first = span.first();
                endExclusive = first.plusDays(span.days());
                grain = Grain.DAY;
            } else if (d.lunarMonth != null) {
                if (year == null) {
                    return unresolved(d);
                }
                first = Holidays.lunar(year, d.lunarMonth, d.lunarDay == null ? 1 : d.lunarDay, d.lunarLeap);
                if (d.lunarDay == null) {
                    endExclusive = Holidays.lunarMonthEnd(year, d.lunarMonth, d.lunarLeap);
                    grain = Grain.MONTH;
                } else {
                    endExclusive = first.plusDays(1);
                    grain = Grain.DAY;
                }
            } else if (d.partTo > 0) {
                if (year == null) {
                    return unresolved(d);
                }
                first = LocalDate.of(year, d.partFrom, 1);
                endExclusive = LocalDate.of(year, d.partTo, 1).plusMonths(1);
                grain = Grain.MONTH;
            } else if (d.month != null || d.monthRel != null || d.day != null) {
                YearMonth ym;
                if (d.monthRel != null) {
                    if (refDay == null) {
                        return unresolved(d);
                    }
                    ym = YearMonth.from(refDay).plusMonths(d.monthRel);
                } else if (d.month != null) {
                    if (year == null) {
                        return unresolved(d);
                    }
                    ym = YearMonth.of(year, d.month);
                } else {
                    // 21日: the month the text last named, else the reference month
                    if (contextYear != null && contextMonth != null) {
                        ym = YearMonth.of(contextYear, contextMonth);
                    } else if (refDay != null) {
                        ym = YearMonth.from(refDay);
                    } else {
                        return unresolved(d);
                    }
                }
                if (d.day != null) {
                    first = ym.atDay(d.day);
                    endExclusive = first.plusDays(1);
                    grain = Grain.DAY;
                } else if (d.monthPart != null && d.monthPart.endsWith("旬")) {
                    int startDay = d.monthPart.equals("上旬") ? 1 : d.monthPart.equals("中旬") ? 11 : 21;
                    first = ym.atDay(startDay);
                    endExclusive = d.monthPart.equals("下旬") ? ym.plusMonths(1).atDay(1) : first.plusDays(10);
                    grain = Grain.DAY;
                } else if (d.weekOfMonth != null) {
                    if (d.weekOfMonthDay != null) {
                        first = ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(d.weekOfMonth, DayOfWeek.of(d.weekOfMonthDay)));
                        endExclusive = first.plusDays(1);
                        grain = Grain.DAY;
                    } else {
                        first = ym.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(d.weekOfMonth - 1);
                        endExclusive = first.plusWeeks(1);
                        grain = Grain.WEEK;
                    }
                } else {
                    first = ym.atDay(1);
                    endExclusive = ym.plusMonths(1).atDay(1);
                    grain = Grain.MONTH;
                }
            } else if (d.hasYear()) {
                if (year == null) {
                    return unresolved(d);
                }
                if (year < 1000 || year > 2999) {
                    return null;
                }
                first = LocalDate.of(year, 1, 1);
                endExclusive = first.plusYears(1);
                grain = Grain.YEAR;
            } else {
                // a part of the day or a clock time alone: on the reference day
                if (refDay == null) {
                    return unresolved(d);
                }
                first = refDay;
                endExclusive = refDay.plusDays(1);
                grain = Grain.DAY;
            }
            boolean oneDay = endExclusive.equals(first.plusDays(1));
            if (d.hasClock() && oneDay) {
                int h = d.hour;
                if (d.dayPart != null) {
                    h = hourInDayPart(d.dayPart, h);
                }
                LocalDateTime from = first.atStartOfDay().plusHours(h).plusMinutes(d.minute == null ? 0 : d.minute)
                        .plusSeconds(d.second == null ? 0 : d.second);
                Grain g = d.second != null ? Grain.SECOND : d.minute != null ? Grain.MINUTE : Grain.HOUR;
                LocalDateTime to = switch (g) {
                    case SECOND -> from.plusSeconds(1);
                    case MINUTE -> from.plusMinutes(1);
                    default -> from.plusHours(1);
                };
                return new TimeMention(0, 0, "", TimeKind.POINT, from, to, g);
            }
            if (d.dayPart != null && oneDay) {
                int[] hours = dayPartHours(d.dayPart);
                return new TimeMention(0, 0, "", TimeKind.INTERVAL, first.atStartOfDay().plusHours(hours[0]),
                        first.atStartOfDay().plusHours(hours[1]), Grain.HOUR);
            }
            boolean calendarUnit = oneDay || grain == Grain.YEAR || (grain == Grain.MONTH && endExclusive.equals(first.plusMonths(1)))
                    || grain == Grain.WEEK;
            return new TimeMention(0, 0, "", calendarUnit ? TimeKind.POINT : TimeKind.INTERVAL,
                    first.atStartOfDay(), endExclusive.atStartOfDay(), grain);
        }

        private TimeMention unresolved(Draft d) {
            TimeKind kind = d.partTo > 0 && d.partFrom != d.partTo ? TimeKind.INTERVAL : TimeKind.POINT;
            Grain g = d.hasClock() ? Grain.HOUR : d.day != null || d.dayRel != null || d.weekday != null ? Grain.DAY
                    : d.month != null || d.monthRel != null || d.partTo > 0 ? Grain.MONTH : Grain.YEAR;
            return new TimeMention(0, 0, "", kind, null, null, g);
        }

        /** 98 → 1998, 15 → 2015: the century that puts the year at most ten years after the reference year. */
        private int twoDigitYear(int yy) {
            int now = ref != null ? ref.getYear() : java.time.Year.now().getValue();
            int y = 2000 + yy;
            return y > now + 10 ? y - 100 : y;
        }

        private Integer resolveYear(Draft d) {
            if (d.yearAbs != null) {
                return d.yearAbs;
            }
            if (d.yearRel != null) {
                return ref == null ? null : ref.getYear() + d.yearRel;
            }
            if (d.yearOfContext) {
                return contextYear != null ? contextYear : ref == null ? null : ref.getYear();
            }
            // A date without its year (10月20日) belongs to the last year the text named, else the reference year;
            // parts of a year (上半年) and holidays alone take the reference year.
            boolean yearless = d.month != null || d.day != null || d.lunarMonth != null;
            if (yearless && contextYear != null) {
                return contextYear;
            }
            return ref == null ? null : ref.getYear();
        }

        // --- offsets, durations, special words -------------------------------------------------------------------

        /** 三天前, 两周后, 三年前: the unit that many units away from the reference. */
        private Reading offsetAfter(int pos) {
            Matcher m = at(OFFSET_AFTER, pos);
            if (m == null) {
                return null;
            }
            String unit = unitOf(m.group(3));
            if (unit.equals("日") && Character.isDigit(m.group(1).charAt(0))) {
                return null; // 30日前 is "before the 30th"
            }
            if (m.group(3).equals("月") && m.group(2) == null) {
                return null; // 3月前 is "before March"
            }
            boolean past = m.group(5).contains("前");
            int end = m.end();
            if (ref == null) {
                return new Reading(end, new TimeMention(0, 0, "", TimeKind.POINT, null, null, grainOf(unit)), null);
            }
            double amount = m.group(1).equals("半") ? 0.5 : number(m.group(1));
            if (m.group(2) != null && m.group(2).equals("个半") || m.group(4) != null) {
                amount += 0.5;
            }
            int sign = past ? -1 : 1;
            LocalDateTime base = ref;
            Grain g = grainOf(unit);
            // half units shift to the next finer unit (半年 = 6 months, 一天半 = 36 hours)
            if (amount != Math.floor(amount)) {
                switch (g) {
                    case YEAR -> {
                        amount *= 12;
                        g = Grain.MONTH;
                    }
                    case QUARTER -> {
                        amount *= 3;
                        g = Grain.MONTH;
                    }
                    case MONTH -> {
                        amount *= 30;
                        g = Grain.DAY;
                    }
                    case WEEK -> {
                        amount *= 7;
                        g = Grain.DAY;
                    }
                    case DAY -> {
                        amount *= 24;
                        g = Grain.HOUR;
                    }
                    case HOUR -> {
                        amount *= 60;
                        g = Grain.MINUTE;
                    }
                    default -> {
                        amount *= 60;
                        g = Grain.SECOND;
                    }
                }
            }
            long k = (long) amount * sign;
            LocalDateTime start = truncate(base, g);
            LocalDateTime from = plus(start, g, k);
            LocalDateTime to = plus(from, g, 1);
            return new Reading(end, new TimeMention(0, 0, "", TimeKind.POINT, from, to, g), null);
        }

        /** 上两周, 前三天, 过去五年, 下三个月: the span of that many whole units before or after the current one. */
        private Reading offsetBefore(int pos) {
            Matcher m = at(OFFSET_BEFORE, pos);
            if (m == null) {
                return null;
            }
            String dir = m.group(1);
            String unit = unitOf(m.group(4));
            if ((dir.equals("前") || dir.equals("头")) && (unit.equals("月") || unit.equals("季度"))) {
                return null; // 前8个月, 前三季度: parts of a year
            }
            if (m.group(4).equals("日") && Character.isDigit(m.group(2).charAt(0))) {
                return null;
            }
            int end = m.end();
            Grain g = grainOf(unit);
            if (ref == null) {
                return new Reading(end, new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, g), null);
            }
            int k = number(m.group(2));
            if (k <= 0) {
                return null;
            }
            LocalDateTime current = truncate(ref, g);
            boolean past = dir.startsWith("上") || dir.startsWith("前") || dir.startsWith("过去") || dir.startsWith("近") || dir.startsWith("最近");
            LocalDateTime from;
            LocalDateTime to;
            if (past) {
                from = plus(current, g, -k);
                to = current;
            } else {
                from = plus(current, g, 1);
                to = plus(current, g, k + 1);
            }
            return new Reading(end, new TimeMention(0, 0, "", TimeKind.INTERVAL, from, to, g), null);
        }

        /** 三年, 一个半月, 24小时: a length of time, not a point. */
        private Reading duration(int pos) {
            Matcher m = at(DURATION, pos);
            if (m == null) {
                return null;
            }
            String unit = m.group(4);
            String number = m.group(2);
            if ((unit.equals("年") || unit.equals("日")) && number.length() >= 3 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            if (unit.equals("日") || (unit.equals("月") && m.group(3) == null)) {
                return null; // 21日 and 10月 are dates
            }
            Grain grain = switch (unit) {
                case "年" -> Grain.YEAR;
                case "月" -> Grain.MONTH;
                case "周", "星期" -> Grain.WEEK;
                case "小时" -> Grain.HOUR;
                case "分钟" -> Grain.MINUTE;
                case "秒钟" -> Grain.SECOND;
                default -> Grain.DAY;
            };
            return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.DURATION, null, null, grain), null);
        }

        /** 3年半以来, 3个多月以来: from that long before the reference (at the unit's start) to the end of its day. */
        private Reading spanSince(int pos) {
            Matcher m = at(SPAN_SINCE, pos);
            if (m == null) {
                return null;
            }
            String unit = unitOf(m.group(3));
            if (m.group(3).equals("月") && m.group(2) == null) {
                return null;
            }
            if (ref == null) {
                return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.DAY), null);
            }
            double amount = m.group(1).equals("半") ? 0.5 : number(m.group(1));
            if ("个半".equals(m.group(2)) || "半".equals(m.group(4))) {
                amount += 0.5;
            }
            Grain g = grainOf(unit);
            LocalDateTime from;
            if (amount != Math.floor(amount)) {
                Grain finer = finer(g);
                from = truncate(plus(ref, finer, -Math.round(amount * unitsIn(g, finer))), finer);
            } else {
                from = truncate(plus(ref, g, -(long) amount), g);
            }
            return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, from, endOfReferenceDay(), Grain.DAY), null);
        }

        /** 18个月来 published 2026-02-27: 2024-08 to 2026-01, the eighteen whole months before the current one. */
        private Reading recentSpan(int pos) {
            Matcher m = at(RECENT_SPAN, pos);
            if (m == null) {
                return null;
            }
            String unit = unitOf(m.group(3));
            boolean half = m.group(1).equals("半");
            if ((unit.equals("月") && m.group(2) == null && !half) || (unit.equals("日") && Character.isDigit(m.group(1).charAt(0)))) {
                return null;
            }
            if (half && !unit.equals("年")) {
                return null; // 半个月来, 半天来: too short to be a statistics period
            }
            // Years are calendar years, as in 近五年: 一年来 in a work report of February 2016 is 2015.
            Grain g = half ? Grain.MONTH : grainOf(unit);
            if (ref == null) {
                return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, g), null);
            }
            int k = half ? 6 : number(m.group(1));
            if (k <= 0) {
                return null;
            }
            LocalDateTime current = truncate(ref, g);
            return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, plus(current, g, -k), current, g), null);
        }

        /** 今明两年: this year and the next. */
        private Reading nowAndNextYear(int pos) {
            Matcher m = at(NOW_AND_NEXT_YEAR, pos);
            if (m == null) {
                return null;
            }
            if (ref == null) {
                return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.YEAR), null);
            }
            LocalDate first = LocalDate.of(ref.getYear(), 1, 1);
            return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, first.atStartOfDay(),
                    first.plusYears(2).atStartOfDay(), Grain.YEAR), null);
        }

        /** 年初至今: from the first of the reference year to the end of the reference day. */
        private Reading yearToDate(int pos) {
            Matcher m = at(YEAR_TO_DATE, pos);
            if (m == null) {
                return null;
            }
            if (ref == null) {
                return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.DAY), null);
            }
            return new Reading(m.end(), new TimeMention(0, 0, "", TimeKind.INTERVAL,
                    LocalDate.of(ref.getYear(), 1, 1).atStartOfDay(), endOfReferenceDay(), Grain.DAY), null);
        }

        private LocalDateTime endOfReferenceDay() {
            return ref.toLocalDate().plusDays(1).atStartOfDay();
        }

        private void dayWord(Draft d, String w) {
            d.dayRel = switch (w) {
                case "大大前天" -> -4;
                case "大前天" -> -3;
                case "前天", "前日" -> -2;
                case "昨天", "昨日", "昨晚", "昨夜" -> -1;
                case "明天", "明日", "明晚", "明早" -> 1;
                case "后天" -> 2;
                case "大后天" -> 3;
                case "大大后天" -> 4;
                default -> 0;
            };
            if (w.endsWith("晚") || w.endsWith("夜")) {
                d.dayPart = "晚上";
            } else if (w.endsWith("早") || w.endsWith("晨")) {
                d.dayPart = "早上";
            }
        }
    }

    // --- small helpers -------------------------------------------------------------------------------------------

    private static String unitOf(String u) {
        return switch (u) {
            case "个月" -> "月";
            case "星期", "礼拜" -> "周";
            case "个钟", "钟头" -> "小时";
            case "秒钟" -> "秒";
            case "个季度" -> "季度";
            default -> u;
        };
    }

    private static Grain grainOf(String unit) {
        return switch (unit) {
            case "年" -> Grain.YEAR;
            case "季度" -> Grain.QUARTER;
            case "月" -> Grain.MONTH;
            case "周" -> Grain.WEEK;
            case "天", "日" -> Grain.DAY;
            case "小时" -> Grain.HOUR;
            case "分钟" -> Grain.MINUTE;
            default -> Grain.SECOND;
        };
    }

    private static Grain finer(Grain g) {
        return switch (g) {
            case YEAR, QUARTER -> Grain.MONTH;
            case MONTH, WEEK -> Grain.DAY;
            case DAY -> Grain.HOUR;
            case HOUR -> Grain.MINUTE;
            default -> Grain.SECOND;
        };
    }

    private static double unitsIn(Grain g, Grain finer) {
        return switch (g) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 30;
            case WEEK -> 7;
            case DAY -> 24;
            default -> 60;
        };
    }

    private static LocalDateTime truncate(LocalDateTime t, Grain g) {
        return switch (g) {
            case YEAR -> LocalDate.of(t.getYear(), 1, 1).atStartOfDay();
            case QUARTER -> LocalDate.of(t.getYear(), (t.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case MONTH -> t.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case WEEK -> t.toLocalDate().with(DayOfWeek.MONDAY).atStartOfDay();
            case DAY -> t.toLocalDate().atStartOfDay();
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
            case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private static LocalDateTime plus(LocalDateTime t, Grain g, long k) {
        return switch (g) {
            case YEAR -> t.plusYears(k);
            case QUARTER -> t.plusMonths(3 * k);
            case MONTH -> t.plusMonths(k);
            case WEEK -> t.plusWeeks(k);
            case DAY -> t.plusDays(k);
            case HOUR -> t.plusHours(k);
            case MINUTE -> t.plusMinutes(k);
            case SECOND -> t.plusSeconds(k);
        };
    }

    /** The 24-hour clock hour of {@code h} said in a part of the day: 下午3点 → 15, 晚上12点 → 24, 半夜1点 → 1. */
    private static int hourInDayPart(String dayPart, int h) {
        return switch (dayPart) {
            case "下午", "午后", "傍晚", "晏昼" -> h < 12 ? h + 12 : h;
            case "晚上", "晚间", "夜里", "夜间", "深夜", "晚", "夜", "前半夜" -> h == 12 ? 24 : h >= 5 && h < 12 ? h + 12 : h;
            case "半夜", "午夜" -> h == 12 ? 24 : h >= 6 && h < 12 ? h + 12 : h;
            case "中午" -> h < 6 ? h + 12 : h;
            default -> h;
        };
    }

    /** The hours [from, to) a part of the day covers. */
    private static int[] dayPartHours(String dayPart) {
        return switch (dayPart) {
            case "凌晨" -> new int[]{0, 6};
            case "清晨", "早上", "早晨", "早" -> new int[]{4, 12};
            case "上午" -> new int[]{7, 12};
            case "中午" -> new int[]{12, 14};
            case "午后" -> new int[]{13, 15};
            case "下午", "晏昼" -> new int[]{12, 18};
            case "傍晚" -> new int[]{17, 19};
            case "晚上", "晚间", "晚", "前半夜" -> new int[]{18, 24};
            case "夜里", "夜间", "深夜", "夜" -> new int[]{20, 24};
            case "半夜" -> new int[]{0, 5};
            case "午夜" -> new int[]{0, 1};
            case "白天" -> new int[]{6, 19};
            case "黎明" -> new int[]{4, 7};
            case "后半夜" -> new int[]{2, 5};
            default -> new int[]{0, 24};
        };
    }

    private static int yearOffset(String w) {
        return switch (w) {
            case "大前年" -> -3;
            case "前年" -> -2;
            case "去年", "上年", "上一年" -> -1;
            case "明年", "下年", "次年", "翌年", "下一年" -> 1;
            case "后年" -> 2;
            case "大后年" -> 3;
            default -> 0;
        };
    }

    /** The step of the word before a parenthesised value: 去(2025)年 one back, 今(17)日 none, 明(18)日 one on. */
    private static int parenOffset(String w) {
        return switch (w) {
            case "去", "上", "昨" -> -1;
            case "前" -> -2;
            case "明", "下", "次", "翌" -> 1;
            case "后" -> 2;
            default -> 0;
        };
    }

    private static int weekOffset(String w) {
        if (w == null) {
            return 0;
        }
        return switch (w) {
            case "上上" -> -2;
            case "上" -> -1;
            case "下" -> 1;
            case "下下" -> 2;
            default -> 0;
        };
    }

    private static int weekday(String c) {
        return switch (c) {
            case "日", "天" -> 7;
            default -> "一二三四五六".indexOf(c) + 1;
        };
    }


    /** 2023 or 二〇二三 (digit by digit). */
    private static int yearNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int v = 0;
        for (char c : s.toCharArray()) {
            v = v * 10 + digit(c);
        }
        return v;
    }

    /** 初五 → 5, 廿二 → 22, 十五 → 15, 三十 → 30. */
    private static int lunarDay(String s) {
        if (s.startsWith("初")) {
            return number(s.substring(1));
        }
        return number(s);
    }

    /** 12, 十二, 二十一, 廿一, 两, 零九, 仨 (small numbers of dates and clocks). */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        if (s.equals("仨")) {
            return 3;
        }
        if (s.equals("俩")) {
            return 2;
        }
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '十' -> {
                    value += (current == 0 ? 1 : current) * 10;
                    current = 0;
                }
                case '廿' -> {
                    value += 20;
                    current = 0;
                }
                case '百' -> {
                    value += (current == 0 ? 1 : current) * 100;
                    current = 0;
                }
                default -> current = current * 10 + digit(c);
            }
        }
        return value + current;
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return switch (c) {
            case '零', '0' -> 0;
            case '两' -> 2;
            default -> throw new IllegalArgumentException("not a digit: " + c);
        };
    }
}
