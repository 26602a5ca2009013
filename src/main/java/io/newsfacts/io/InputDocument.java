package io.newsfacts.io;

import io.newsfacts.Document;

/**
 * One document read from an input, or the reason it could not be read. Exactly one of {@code document} and
 * {@code error} is set.
 *
 * @param doc    the document id (file name, relative path, JSONL id, WARC target URI, or FILE:LINE for a bad line)
 * @param source where it came from (file path, with :line for JSONL and #offset for WARC records)
 */
public record InputDocument(String doc, String source, Document document, String error) {

    public static InputDocument ok(Document document, String source) {
        return new InputDocument(document.id(), source, document, null);
    }

    public static InputDocument failed(String doc, String source, String error) {
        return new InputDocument(doc, source, null, error);
    }
}
