package io.newsfacts.fact;

import io.newsfacts.Document;

import java.time.LocalDateTime;

/** The reference date-time that relative time expressions resolve against: the publication date. */
final class References {

    private References() {
    }

    static LocalDateTime publication(Document document, String analysisText) {
        return null; // replaced when the time stage lands
    }

    static LocalDateTime fromLead(String articleText) {
        return null;
    }
}
