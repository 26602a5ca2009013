package io.newsfacts.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date that news sites write into article addresses: /2022/0414/, /2014-02/11/, /20160120/,
 * t20220720_1413912, /2024/11/14/, /202207/, 20211229003341-260402. A hint for documents that carry no date of their
 * own; a month-only path gives the first of the month with {@link #isDay()} false.
 */
public record UrlDate(LocalDate date, boolean isDay) {

    private static final String Y = "((?:19|20)\\d{2})";
    private static final String M = "(0[1-9]|1[0-2])";
    private static final String D = "(0[1-9]|[12]\\d|3[01])";
    /** Year, month and day separated by / - _ or nothing, bounded by non-digits (or a time that follows the day). */
    private static final Pattern DAY = Pattern.compile("(?<![0-9])" + Y + "[-/_]?" + M + "[-/_]?" + D + "(?=[^0-9]|\\d{6}(?:[^0-9]|$)|$)");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*");
    private static final Pattern MONTH = Pattern.compile("/" + Y + "[-/_]?" + M + "/");

    /** The date a URL's path names, if it names one; the host is ignored (hosts with digits are addresses, not dates). */
    public static Optional<UrlDate> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path = SCHEME_AND_HOST.matcher(url).replaceFirst("");
        Matcher d = DAY.matcher(path);
        while (d.find()) {
            Optional<LocalDate> date = date(d.group(1), d.group(2), d.group(3));
            if (date.isPresent()) {
                return Optional.of(new UrlDate(date.get(), true));
            }
        }
        Matcher m = MONTH.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), "01").map(x -> new UrlDate(x, false));
        }
        return Optional.empty();
    }

    public LocalDateTime atStartOfDay() {
        return date.atStartOfDay();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.isAfter(LocalDate.now().plusDays(1)) ? Optional.empty() : Optional.of(date);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
