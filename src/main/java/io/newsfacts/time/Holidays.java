package io.newsfacts.time;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import io.newsfacts.model.ModelTable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The holidays, festivals and solar terms of {@code models/time/holidays.tsv}: each name resolves, for a Gregorian
 * year, to the span of days it falls on in that year. Immutable; the calendars are created per call.
 */
final class Holidays {

    static final String FILE = "models/time/holidays.tsv";

    /** The days a holiday covers: {@code [first, first + days)}. */
    record Span(LocalDate first, int days) {
    }

    private record Holiday(String kind, String[] args, int offset, int days) {
    }

    private static final String[] HEBREW_MONTHS = {"TISHRI", "HESHVAN", "KISLEV", "TEVET", "SHEVAT", "ADAR_1", "ADAR",
            "NISAN", "IYAR", "SIVAN", "TAMUZ", "AV", "ELUL"};

    private final Map<String, Holiday> byName;
    private final List<String> namesLongestFirst;

    private Holidays(Map<String, Holiday> byName) {
        this.byName = Map.copyOf(byName);
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        this.namesLongestFirst = Collections.unmodifiableList(names);
    }

    static Holidays load() {
        Map<String, Holiday> byName = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(FILE, ModelTable.read(FILE),
                "header must be 'names<TAB>rule<TAB>offset<TAB>days'", "names", "rule", "offset", "days")) {
            if (row.size() < 4) {
                throw row.fail("expected 4 columns: " + row.text());
            }
            String[] rule = row.col(1).trim().split(" ");
            Holiday h;
            try {
                h = new Holiday(rule[0], java.util.Arrays.copyOfRange(rule, 1, rule.length),
                        Integer.parseInt(row.col(2).trim()), Integer.parseInt(row.col(3).trim()));
            } catch (NumberFormatException e) {
                throw row.fail("offset and days must be whole numbers: " + row.text());
            }
            for (String name : row.col(0).split("\\|")) {
                byName.put(name.trim(), h);
            }
        }
        return new Holidays(byName);
    }

    /** Names, longest first (for building the tagger's alternation). */
    List<String> names() {
        return namesLongestFirst;
    }

    /** The span the holiday {@code name} covers in Gregorian {@code year}. */
    Optional<Span> in(String name, int year) {
        Holiday h = byName.get(name);
        if (h == null || year < 1900 || year > 2100) {
            return Optional.empty();
        }
        LocalDate d = switch (h.kind()) {
            case "fixed" -> LocalDate.of(year, monthOf(h.args()[0]), dayOf(h.args()[0]));
            case "nth" -> LocalDate.of(year, Integer.parseInt(h.args()[0]), 1).with(TemporalAdjusters.dayOfWeekInMonth(
                    Integer.parseInt(h.args()[1]), DayOfWeek.of(Integer.parseInt(h.args()[2]))));
            case "easter" -> easter(year).plusDays(Integer.parseInt(h.args()[0]));
            case "orthodox" -> orthodoxEaster(year).plusDays(Integer.parseInt(h.args()[0]));
            case "lunar" -> inYear(year, y -> lunar(y, monthOf(h.args()[0]), dayOf(h.args()[0]), false), h.offset());
            case "hebrew" -> inYear(year, y -> hebrew(y, h.args()[0]), h.offset());
            case "hijri" -> inYear(year, y -> hijri(y, monthOf(h.args()[0]), dayOf(h.args()[0])), h.offset());
            case "term" -> solarTerm(year, Integer.parseInt(h.args()[0]), Double.parseDouble(h.args()[1]));
            default -> null;
        };
        if (d == null) {
            return Optional.empty();
        }
        boolean offsetApplied = h.kind().equals("lunar") || h.kind().equals("hebrew") || h.kind().equals("hijri");
        LocalDate first = offsetApplied ? d : d.plusDays(h.offset());
        int days = h.days();
        if (h.kind().equals("hijri") && days == 30) {
            // A whole Hijri month (斋月): up to the first day of the next month.
            days = (int) (hijriNextMonth(first) - first.toEpochDay());
        }
        return Optional.of(new Span(first, days));
    }

    /** A lunar-calendar date (农历) of lunar year {@code lunarYear} as a Gregorian date. */
    static LocalDate lunar(int lunarYear, int month, int day, boolean leapMonth) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE);
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, lunarYear + 2637);
        c.set(ChineseCalendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    /** The day after the last day of a lunar month. */
    static LocalDate lunarMonthEnd(int lunarYear, int month, boolean leapMonth) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE);
        c.clear();
        c.set(ChineseCalendar.EXTENDED_YEAR, lunarYear + 2637);
        c.set(ChineseCalendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, leapMonth ? 1 : 0);
        c.set(ChineseCalendar.DAY_OF_MONTH, 1);
        c.add(ChineseCalendar.MONTH, 1);
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    /**
     * The first occurrence inside Gregorian {@code year} of a date of a lunisolar or lunar calendar, looked for in
     * the calendar years that overlap it (腊八 of lunar year Y falls in January of Y+1).
     */
    private static LocalDate inYear(int year, java.util.function.IntFunction<LocalDate> ofCalendarYear, int offset) {
        LocalDate best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            LocalDate d = ofCalendarYear.apply(y);
            if (d == null) {
                continue;
            }
            d = d.plusDays(offset);
            if (d.getYear() == year && (best == null || d.isBefore(best))) {
                best = d;
            }
        }
        return best;
    }

    /** For Hebrew dates the loop variable is the Gregorian year whose autumn starts the Hebrew year. */
    private static LocalDate hebrew(int gregorianYear, String monthDay) {
        String[] md = monthDay.split("-");
        int month = java.util.Arrays.asList(HEBREW_MONTHS).indexOf(md[0]);
        int hebrewYear = gregorianYear + 3761; // Tishri of Hebrew year Y+3761 falls in the autumn of Gregorian Y
        HebrewCalendar c = new HebrewCalendar(TimeZone.GMT_ZONE);
        c.clear();
        c.set(HebrewCalendar.EXTENDED_YEAR, hebrewYear);
        c.set(HebrewCalendar.MONTH, month);
        c.set(HebrewCalendar.DAY_OF_MONTH, Integer.parseInt(md[1]));
        return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
    }

    private static IslamicCalendar islamic() {
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        c.clear();
        return c;
    }

    /** For Hijri dates the loop variable is mapped to the Hijri year that starts in that Gregorian year. */
    private static LocalDate hijri(int gregorianYear, int month, int day) {
        LocalDate best = null;
        int approx = (int) Math.round((gregorianYear - 622) * 33.0 / 32.0);
        for (int hy = approx - 1; hy <= approx + 1; hy++) {
            IslamicCalendar c = islamic();
            c.set(IslamicCalendar.EXTENDED_YEAR, hy);
            c.set(IslamicCalendar.MONTH, month - 1);
            c.set(IslamicCalendar.DAY_OF_MONTH, day);
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
            if (d.getYear() == gregorianYear && (best == null || d.isBefore(best))) {
                best = d;
            }
        }
        return best;
    }

    private static long hijriNextMonth(LocalDate first) {
        IslamicCalendar c = islamic();
        c.setTimeInMillis(first.toEpochDay() * 86_400_000L);
        c.add(IslamicCalendar.MONTH, 1);
        return Math.floorDiv(c.getTimeInMillis(), 86_400_000L);
    }

    /** Easter Sunday (Gregorian computus, the "anonymous" algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Orthodox Easter Sunday (Julian computus, shifted to the Gregorian calendar; valid 1900–2099). */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }

    /** A solar term (节气) of the 21st century: floor(Y*0.2422 + C) - floor(L/4) with L = Y-1 in Jan/Feb, else Y. */
    private static LocalDate solarTerm(int year, int month, double c) {
        if (year < 2000 || year > 2099) {
            return null;
        }
        int y = year % 100;
        int leap = month <= 2 ? (y - 1) : y;
        int day = (int) Math.floor(y * 0.2422 + c) - Math.floorDiv(leap, 4);
        return LocalDate.of(year, month, day);
    }

    private static int monthOf(String mmdd) {
        return Integer.parseInt(mmdd.substring(0, 2));
    }

    private static int dayOf(String mmdd) {
        return Integer.parseInt(mmdd.substring(3, 5));
    }
}
