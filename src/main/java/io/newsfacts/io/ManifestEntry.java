package io.newsfacts.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of a batch manifest: what became of one document.
 *
 * @param outputEnd byte length of the output after this document's facts (lets --resume cut a half-written tail)
 */
@JsonPropertyOrder({"doc", "source", "status", "facts", "chars", "millis", "error", "outputEnd"})
public record ManifestEntry(String doc, String source, String status, int facts, int chars, long millis, String error,
                            long outputEnd) {
}
