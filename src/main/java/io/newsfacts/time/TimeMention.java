package io.newsfacts.time;

import java.time.LocalDateTime;

/**
 * A time expression found in text, resolved against a reference date-time.
 *
 * @param from inclusive start; null when the expression is relative and no reference was known, or for a duration
 * @param to   exclusive end (2024年3月7日 → 2024-03-07T00:00 .. 2024-03-08T00:00)
 * @param grain precision of the expression (day for 2024年3月7日, month for 去年11月)
 */
public record TimeMention(int start, int end, String text, TimeKind kind,
                          LocalDateTime from, LocalDateTime to, Grain grain) {

    /**
     * The FACTS.md period: {@code 2023} for a calendar year, {@code 2023-10} for a month, {@code 2023-10-21} for a day,
     * otherwise an interval {@code FROM/TO} with TO inclusive, each written at month precision when the interval is
     * month-aligned ({@code 2020-01/2020-08} for 前8个月), at year precision when year-aligned ({@code 2018/2022}),
     * and at day precision otherwise ({@code 2023-11/2024-01-10} for
     * 自2023年11月以来 published 2024-01-10). Null for durations and unresolved expressions.
     */
    public String period() {
        if (kind == TimeKind.INTERVAL && from != null && to == null) {
            // 自2014年10月以来 without a publication date: an interval open at its end (ISO 8601-2 "..").
            java.time.LocalDate a = from.toLocalDate();
            return (a.getDayOfMonth() == 1 ? String.format("%04d-%02d", a.getYear(), a.getMonthValue()) : a.toString()) + "/..";
        }
        if (!resolved() || kind == TimeKind.DURATION) {
            return null;
        }
        java.time.LocalDate a = from.toLocalDate();
        // The day after the last day touched: a clock time (15:00–16:00) or 今年以来 up to the reference day.
        java.time.LocalDate b = to.minusNanos(1).toLocalDate().plusDays(1);
        boolean monthAligned = a.getDayOfMonth() == 1 && b.getDayOfMonth() == 1;
        if (a.getDayOfYear() == 1 && b.equals(a.plusYears(1))) {
            return String.valueOf(a.getYear());
        }
        if (monthAligned && b.equals(a.plusMonths(1))) {
            return String.format("%04d-%02d", a.getYear(), a.getMonthValue());
        }
        if (b.equals(a.plusDays(1))) {
            return a.toString();
        }
        java.time.LocalDate last = b.minusDays(1);
        if (a.getDayOfYear() == 1 && b.getDayOfYear() == 1) {
            return a.getYear() + "/" + last.getYear(); // 近五年 published 2023: 2018/2022
        }
        if (monthAligned) {
            return String.format("%04d-%02d/%04d-%02d", a.getYear(), a.getMonthValue(), last.getYear(), last.getMonthValue());
        }
        String left = a.getDayOfMonth() == 1 ? String.format("%04d-%02d", a.getYear(), a.getMonthValue()) : a.toString();
        return left + "/" + last;
    }

    /** True when {@code from} and {@code to} are known. */
    public boolean resolved() {
        return from != null && to != null;
    }
}
