package io.newsfacts.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as found in inputs (2022-04-14 10:07:13, 2020年1月5日, 18.05.2016 04:54, 2011-01-26 (09:18),
 * 2024-1-9, 2022/01/22) and in article bylines (《工人日报》(2024年08月29日 07版), 2020-09-23 11:52:32来源:…).
 */
public final class PublicationDate {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:\\D{0,3}?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}))?");
    private static final int LEAD_CHARS = 200;

    private PublicationDate() {
    }

    /** The date-time a raw publication string names, if it names one. */
    public static Optional<LocalDateTime> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Matcher m = YMD.matcher(raw);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
        }
        Matcher d = DMY.matcher(raw);
        if (d.find()) {
            return at(d.group(3), d.group(2), d.group(1), d.group(4), d.group(5));
        }
        return Optional.empty();
    }

    /** A full date (with year) in the first lines of an article: a byline, a dateline or a lead 「2024年1月10日，…」. */
    public static Optional<LocalDateTime> findInLead(String articleText) {
        String lead = articleText.substring(0, Math.min(LEAD_CHARS, articleText.length()));
        Matcher m = YMD.matcher(lead);
        while (m.find()) {
            Optional<LocalDateTime> d = at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> at(String y, String mo, String d, String h, String mi) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                return Optional.empty();
            }
            LocalTime time = h == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(h) % 24, Integer.parseInt(mi) % 60);
            return Optional.of(date.atTime(time));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
