package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.time.PublicationDate;
import io.newsfacts.time.UrlDate;

import java.time.LocalDateTime;

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
                .orElse(null);
    }
}
