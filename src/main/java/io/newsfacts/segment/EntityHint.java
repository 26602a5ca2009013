package io.newsfacts.segment;

/**
 * A named entity or normalised number that a backend found on its own (CoreNLP's NER), as a hint for our taggers.
 *
 * @param text       the covered text
 * @param type       the backend's label: ORGANIZATION, GPE, LOCATION, PERSON, MONEY, PERCENT, NUMBER, DATE, ...
 * @param normalized the backend's normalised value (e.g. "1.2E8", "%5.0"), or null
 * @param start      UTF-16 offset into the analysed text
 * @param end        exclusive end offset
 */
public record EntityHint(String text, String type, String normalized, int start, int end) {
}
