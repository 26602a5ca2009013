package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.time.PublicationDate;
import io.newsfacts.time.UrlDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference date-time that relative time expressions resolve against: the publication date. */
final class References {

    private References() {
    }

    /** The document's own publication date, else the day its URL names (/2022/0414/, t20220720_…). */
    static LocalDateTime publication(Document document, String analysisText) {
        return PublicationDate.parse(document.published())
                .or(() -> UrlDate.of(document.url()).filter(UrlDate::isDay).map(UrlDate::atStartOfDay))
                .orElse(null);
    }

    /** Otherwise a date in the article's byline or first lines, else the month its URL names (/201508/). */
    static LocalDateTime fromLead(Document document, String articleText) {
        return PublicationDate.findInLead(articleText)
                .or(() -> UrlDate.of(document.url()).map(UrlDate::atStartOfDay))
                .or(() -> campaignYear(articleText))
                .orElse(null);
    }

    private static final int LEAD_CHARS = 300;
    /** “昆仑2020”专项行动, 「國門利劍2021」: campaigns are named after the year they run in. */
    private static final Pattern CAMPAIGN_YEAR = Pattern.compile("[“\"「『]\\p{IsHan}{1,8}((?:19|20)\\d{2})[”\"」』]");
    private static final Pattern DATELINE_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(?:电|電|讯|訊)");

    /**
     * Last of all, an article with no date anywhere but a campaign named with its year in the lead is read as of that
     * year: on the dateline's day when the lead has one (北京6月18日电), else at the year's end, so that 今年 is that
     * year.
     */
    static Optional<LocalDateTime> campaignYear(String articleText) {
        String lead = articleText.substring(0, Math.min(articleText.length(), LEAD_CHARS));
        Matcher campaign = CAMPAIGN_YEAR.matcher(lead);
        if (!campaign.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(campaign.group(1));
        Matcher day = DATELINE_DAY.matcher(lead);
        try {
            LocalDate date = day.find() ? LocalDate.of(year, Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)))
                    : LocalDate.of(year, 12, 31);
            return Optional.of(date.atStartOfDay());
        } catch (DateTimeException e) {
            return Optional.of(LocalDate.of(year, 12, 31).atStartOfDay()); // 2月30日: a misprint, keep the year
        }
    }
}
