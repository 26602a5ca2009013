package io.newsfacts.time;

import io.newsfacts.text.ScriptFolding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions and resolves them against a reference date-time (the publication date): absolute dates
 * (2023年10月21日, 2023.10.21, 二〇二三年), months and years with their parts (上半年, 前三季度, 1至8月, 前8个月),
 * relative ones (今年, 去年11月, 上月, 昨天, 今年以来, 年初至今, 去年同期), open intervals (自2023年11月以来,
 * 截至2020年12月底) and durations (三年, 一个半月). Immutable and thread-safe.
 */
public final class TimeTagger {

    private static final String D = "[0-9〇零一二三四五六七八九十两]";
    private static final String YEAR = "(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(今年|去年|前年|明年|上年|本年|当年|同年))";
    private static final String MONTH = "(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?";
    private static final String DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]";
    private static final String PART = "(全年|年度|年底|年末|年初|上半年|下半年|前三季度|前两季度|一季度|二季度|三季度|四季度|第一季度|第二季度|第三季度|第四季度|首季|首季度|"
            + "(?:前|头|首)(\\d{1,2}|[一二三四五六七八九十]{1,3})个?月|(\\d{1,2}|[一二三四五六七八九十]{1,3})(?:至|到|—|-|–|~)(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?)";

    private final List<Recognizer> recognizers = List.of(
            new Recognizer(Pattern.compile("(自|从)?" + YEAR + "?" + MONTH + "(?:" + DAY + ")?(?:以来|至今)"), this::sinceMonth),
            new Recognizer(Pattern.compile("(自|从)?" + YEAR + "(?:以来|至今)"), this::sinceYear),
            new Recognizer(Pattern.compile("(?:年初至今|今年以来|年初以来)"), this::yearToDate),
            new Recognizer(Pattern.compile("截至" + YEAR + "?" + MONTH + "(?:" + DAY + "|底|末)?"), this::until),
            new Recognizer(Pattern.compile(YEAR + "?" + MONTH + DAY), this::day, true),
            new Recognizer(Pattern.compile(YEAR + "?" + MONTH + "(上旬|中旬|下旬|初|底|末)?"), this::month, true),
            new Recognizer(Pattern.compile(YEAR + "?" + PART), this::yearPart),
            new Recognizer(Pattern.compile(YEAR + "(同期)?"), this::year),
            new Recognizer(Pattern.compile("(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?![\\d])"), this::numericDate),
            new Recognizer(Pattern.compile("(今天|今日|昨天|昨日|前天|本月|上月|上个月|本周|上周)"), this::relativeDay),
            new Recognizer(Pattern.compile("(近|过去|最近)?(" + D + "{1,3}|半)(?:个)?(年|月|天|日|周|小时)(?:半)?(?:来|以来)?"), this::duration)
    );

    private final ScriptFolding folding = ScriptFolding.instance();

    private record Recognizer(Pattern pattern, Resolver resolver, boolean yearlessUsesContext) {
        Recognizer(Pattern pattern, Resolver resolver) {
            this(pattern, resolver, false);
        }
    }

    private static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4})年|\\d{4}[./-]");

    @FunctionalInterface
    private interface Resolver {
        TimeMention resolve(Matcher m, LocalDateTime reference);
    }

    private TimeTagger() {
    }

    public static TimeTagger fromDefaultModels() {
        return new TimeTagger();
    }

    /**
     * @param reference the publication date-time, or null when unknown (relative expressions then stay unresolved)
     * @return mentions in text order, not overlapping; never throws on any input
     */
    public List<TimeMention> tag(String text, LocalDateTime reference) {
        String s = folding.toSimplified(text);
        int n = s.length();
        Matcher[] matchers = new Matcher[recognizers.size()];
        for (int r = 0; r < matchers.length; r++) {
            matchers[r] = recognizers.get(r).pattern().matcher(s).useTransparentBounds(true);
        }
        List<TimeMention> out = new ArrayList<>();
        Integer contextYear = null;
        int pos = 0;
        while (pos < n) {
            // One pass: only characters that can open a time expression are tried, each recognizer anchored there.
            if (!START_CHARS.get(s.charAt(pos))) {
                pos++;
                continue;
            }
            int best = -1;
            int bestEnd = pos;
            for (int r = 0; r < matchers.length; r++) {
                Matcher m = matchers[r];
                m.region(pos, Math.min(n, pos + MAX_EXPRESSION));
                if (m.lookingAt() && m.end() > bestEnd) {
                    best = r;
                    bestEnd = m.end();
                }
            }
            if (best < 0) {
                pos++;
                continue;
            }
            Recognizer recognizer = recognizers.get(best);
            Matcher m = matchers[best];
            m.region(pos, Math.min(n, pos + MAX_EXPRESSION));
            m.lookingAt();
            String found = s.substring(pos, bestEnd);
            boolean explicitYear = EXPLICIT_YEAR.matcher(found).find();
            LocalDateTime ref = reference;
            // A date without its year (10月20日) belongs to the last year the text named, else the reference year.
            if (!explicitYear && contextYear != null && recognizer.yearlessUsesContext()) {
                ref = (reference == null ? LocalDate.of(contextYear, 1, 1).atStartOfDay() : reference).withYear(contextYear);
            }
            try {
                TimeMention t = recognizer.resolver().resolve(m, ref);
                if (t != null) {
                    out.add(new TimeMention(pos, bestEnd, text.substring(pos, bestEnd), t.kind(), t.from(), t.to(), t.grain()));
                    if (explicitYear && t.from() != null) {
                        contextYear = t.from().getYear();
                    }
                    pos = bestEnd;
                    continue;
                }
            } catch (RuntimeException e) {
                // An impossible date (2月30日) is not a time expression.
            }
            pos++;
        }
        return out;
    }

    private static final int MAX_EXPRESSION = 48;
    private static final java.util.BitSet START_CHARS = new java.util.BitSet(65536);

    static {
        for (char c : "自从截年今去前明上本当同近过最昨半头首第全下一二三四五六七八九十两〇零0123456789".toCharArray()) {
            START_CHARS.set(c);
        }
    }

    // --- resolvers ------------------------------------------------------------------------------------------

    /** The year of group {@code g} (absolute) or {@code g+1} (relative word), or null. */
    private static Integer year(Matcher m, int g, LocalDateTime ref) {
        String abs = m.group(g);
        if (abs != null) {
            return smallNumber(abs, true);
        }
        String rel = m.group(g + 1);
        if (rel == null) {
            return ref == null ? null : ref.getYear();
        }
        if (ref == null) {
            return null;
        }
        return switch (rel) {
            case "今年", "本年", "当年", "同年" -> ref.getYear();
            case "去年", "上年" -> ref.getYear() - 1;
            case "前年" -> ref.getYear() - 2;
            case "明年" -> ref.getYear() + 1;
            default -> null;
        };
    }

    private TimeMention sinceMonth(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 2, ref);
        int month = smallNumber(m.group(4), false);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.MONTH);
        }
        if (ref == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, LocalDate.of(y, month, 1).atStartOfDay(), null, Grain.MONTH);
        }
        LocalDateTime from = LocalDate.of(y, month, 1).atStartOfDay();
        return new TimeMention(0, 0, "", TimeKind.INTERVAL, from, endOfReferenceDay(ref), Grain.DAY);
    }

    private TimeMention sinceYear(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 2, ref);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.YEAR);
        }
        if (ref == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, LocalDate.of(y, 1, 1).atStartOfDay(), null, Grain.YEAR);
        }
        return new TimeMention(0, 0, "", TimeKind.INTERVAL, LocalDate.of(y, 1, 1).atStartOfDay(), endOfReferenceDay(ref), Grain.DAY);
    }

    private TimeMention yearToDate(Matcher m, LocalDateTime ref) {
        if (ref == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.DAY);
        }
        return new TimeMention(0, 0, "", TimeKind.INTERVAL, LocalDate.of(ref.getYear(), 1, 1).atStartOfDay(),
                endOfReferenceDay(ref), Grain.DAY);
    }

    private TimeMention until(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 1, ref);
        int month = smallNumber(m.group(3), false);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.MONTH);
        }
        LocalDate end = m.group(4) != null ? LocalDate.of(y, month, smallNumber(m.group(4), false)).plusDays(1)
                : LocalDate.of(y, month, 1).plusMonths(1);
        return new TimeMention(0, 0, "", TimeKind.INTERVAL, LocalDate.of(y, 1, 1).atStartOfDay(), end.atStartOfDay(), Grain.DAY);
    }

    private TimeMention day(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 1, ref);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.POINT, null, null, Grain.DAY);
        }
        LocalDate d = LocalDate.of(y, smallNumber(m.group(3), false), smallNumber(m.group(4), false));
        return new TimeMention(0, 0, "", TimeKind.POINT, d.atStartOfDay(), d.plusDays(1).atStartOfDay(), Grain.DAY);
    }

    private TimeMention month(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 1, ref);
        if (m.group(1) == null && m.group(2) == null && m.group(4) == null) {
            // A bare month (10月) with nothing around it: resolve to the reference year.
            if (ref == null) {
                return new TimeMention(0, 0, "", TimeKind.POINT, null, null, Grain.MONTH);
            }
        }
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.POINT, null, null, Grain.MONTH);
        }
        int month = smallNumber(m.group(3), false);
        LocalDate first = LocalDate.of(y, month, 1);
        return new TimeMention(0, 0, "", TimeKind.POINT, first.atStartOfDay(), first.plusMonths(1).atStartOfDay(), Grain.MONTH);
    }

    private TimeMention yearPart(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 1, ref);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.INTERVAL, null, null, Grain.MONTH);
        }
        String part = m.group(3);
        int fromMonth = 1;
        int toMonth; // inclusive
        if (m.group(4) != null) {
            toMonth = smallNumber(m.group(4), false);
        } else if (m.group(5) != null) {
            fromMonth = smallNumber(m.group(5), false);
            toMonth = smallNumber(m.group(6), false);
        } else {
            switch (part) {
                case "全年", "年度" -> {
                    if (m.group(1) == null && m.group(2) == null) {
                        return null; // 全年 alone: the year the article is about, not necessarily the reference year
                    }
                    return new TimeMention(0, 0, "", TimeKind.POINT, LocalDate.of(y, 1, 1).atStartOfDay(),
                            LocalDate.of(y + 1, 1, 1).atStartOfDay(), Grain.YEAR);
                }
                case "年底", "年末" -> {
                    fromMonth = 12;
                    toMonth = 12;
                }
                case "年初" -> toMonth = 1;
                case "上半年", "前两季度" -> toMonth = 6;
                case "下半年" -> {
                    fromMonth = 7;
                    toMonth = 12;
                }
                case "前三季度" -> toMonth = 9;
                case "一季度", "第一季度", "首季", "首季度" -> toMonth = 3;
                case "二季度", "第二季度" -> {
                    fromMonth = 4;
                    toMonth = 6;
                }
                case "三季度", "第三季度" -> {
                    fromMonth = 7;
                    toMonth = 9;
                }
                case "四季度", "第四季度" -> {
                    fromMonth = 10;
                    toMonth = 12;
                }
                default -> {
                    return null;
                }
            }
        }
        if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) {
            return null;
        }
        LocalDate from = LocalDate.of(y, fromMonth, 1);
        LocalDate to = LocalDate.of(y, toMonth, 1).plusMonths(1);
        return new TimeMention(0, 0, "", fromMonth == toMonth ? TimeKind.POINT : TimeKind.INTERVAL,
                from.atStartOfDay(), to.atStartOfDay(), fromMonth == toMonth ? Grain.MONTH : Grain.MONTH);
    }

    private TimeMention year(Matcher m, LocalDateTime ref) {
        Integer y = year(m, 1, ref);
        if (y == null) {
            return new TimeMention(0, 0, "", TimeKind.POINT, null, null, Grain.YEAR);
        }
        if (y < 1000 || y > 2999) {
            return null;
        }
        return new TimeMention(0, 0, "", TimeKind.POINT, LocalDate.of(y, 1, 1).atStartOfDay(),
                LocalDate.of(y + 1, 1, 1).atStartOfDay(), Grain.YEAR);
    }

    private TimeMention numericDate(Matcher m, LocalDateTime ref) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new TimeMention(0, 0, "", TimeKind.POINT, d.atStartOfDay(), d.plusDays(1).atStartOfDay(), Grain.DAY);
    }

    private TimeMention relativeDay(Matcher m, LocalDateTime ref) {
        if (ref == null) {
            return new TimeMention(0, 0, "", TimeKind.POINT, null, null, Grain.DAY);
        }
        LocalDate today = ref.toLocalDate();
        return switch (m.group(1)) {
            case "今天", "今日" -> dayOf(today);
            case "昨天", "昨日" -> dayOf(today.minusDays(1));
            case "前天" -> dayOf(today.minusDays(2));
            case "本月" -> monthOf(today.withDayOfMonth(1));
            case "上月", "上个月" -> monthOf(today.withDayOfMonth(1).minusMonths(1));
            case "本周" -> new TimeMention(0, 0, "", TimeKind.INTERVAL, today.minusDays(today.getDayOfWeek().getValue() - 1).atStartOfDay(),
                    today.minusDays(today.getDayOfWeek().getValue() - 1).plusWeeks(1).atStartOfDay(), Grain.WEEK);
            case "上周" -> new TimeMention(0, 0, "", TimeKind.INTERVAL, today.minusDays(today.getDayOfWeek().getValue() - 1).minusWeeks(1).atStartOfDay(),
                    today.minusDays(today.getDayOfWeek().getValue() - 1).atStartOfDay(), Grain.WEEK);
            default -> null;
        };
    }

    private TimeMention duration(Matcher m, LocalDateTime ref) {
        String unit = m.group(3);
        if ((unit.equals("年") || unit.equals("日")) && m.group(2).matches("\\d{3,}")) {
            return null;
        }
        if (unit.equals("日") || (unit.equals("月") && !m.group(0).contains("个"))) {
            return null; // 21日 and 10月 are dates, handled elsewhere
        }
        Grain grain = switch (unit) {
            case "年" -> Grain.YEAR;
            case "月" -> Grain.MONTH;
            case "周" -> Grain.WEEK;
            case "小时" -> Grain.HOUR;
            default -> Grain.DAY;
        };
        return new TimeMention(0, 0, "", TimeKind.DURATION, null, null, grain);
    }

    private static TimeMention dayOf(LocalDate d) {
        return new TimeMention(0, 0, "", TimeKind.POINT, d.atStartOfDay(), d.plusDays(1).atStartOfDay(), Grain.DAY);
    }

    private static TimeMention monthOf(LocalDate first) {
        return new TimeMention(0, 0, "", TimeKind.POINT, first.atStartOfDay(), first.plusMonths(1).atStartOfDay(), Grain.MONTH);
    }

    private static LocalDateTime endOfReferenceDay(LocalDateTime ref) {
        return ref.toLocalDate().plusDays(1).atStartOfDay();
    }

    /** 2023, 二〇二三 (digit by digit when {@code digitwise}), 12, 十二, 二十一. */
    static int smallNumber(String s, boolean digitwise) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (digitwise) {
            int v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int tens = s.indexOf('十');
        if (tens < 0) {
            return digit(s.charAt(0));
        }
        int high = tens == 0 ? 1 : digit(s.charAt(tens - 1));
        int low = tens + 1 < s.length() ? digit(s.charAt(tens + 1)) : 0;
        return high * 10 + low;
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return switch (c) {
            case '零' -> 0;
            case '两' -> 2;
            default -> throw new IllegalArgumentException("not a digit: " + c);
        };
    }

    @SuppressWarnings("unused")
    private static LocalDateTime atTime(LocalDate d, LocalTime t) {
        return d.atTime(t);
    }
}
