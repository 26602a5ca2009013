package io.newsfacts;

import java.util.Objects;

/**
 * One input document.
 *
 * @param id        the document id written into every record ({@code doc})
 * @param text      the full text; every record's offsets index it
 * @param title     the headline when known separately (it is not prepended to {@code text}), or null
 * @param published the publication date as given (ISO or Chinese date, optionally with time), or null
 * @param url       the source URL, or null
 */
public record Document(String id, String text, String title, String published, String url) {

    public Document {
        Objects.requireNonNull(id, "document id");
        Objects.requireNonNull(text, "document text");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null);
    }

    public Document withPublished(String date) {
        return new Document(id, text, title, date, url);
    }
}
