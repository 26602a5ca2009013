package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.time.PublicationDate;

import java.time.LocalDateTime;

/** The reference date-time that relative time expressions resolve against: the publication date. */
final class References {

    private References() {
    }

    /** The document's own publication date, if it has one. */
    static LocalDateTime publication(Document document, String analysisText) {
        return PublicationDate.parse(document.published()).orElse(null);
    }

    /** Otherwise a date in the article's byline or first lines. */
    static LocalDateTime fromLead(String articleText) {
        return PublicationDate.findInLead(articleText).orElse(null);
    }
}
