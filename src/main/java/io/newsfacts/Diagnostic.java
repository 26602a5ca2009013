package io.newsfacts;

/**
 * Something the pipeline noticed while reading a document: a skipped mention, an undecodable span, a limit hit.
 *
 * @param severity "info", "warning" or "error"
 * @param stage    the pipeline stage that reported it (text, numeral, time, entity, rule, fact, io)
 * @param message  what happened, naming the input where it helps
 */
public record Diagnostic(String severity, String stage, String message) {

    public static Diagnostic warning(String stage, String message) {
        return new Diagnostic("warning", stage, message);
    }

    public static Diagnostic error(String stage, String message) {
        return new Diagnostic("error", stage, message);
    }
}
