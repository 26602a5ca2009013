package io.newsfacts.rule;

/** A rule or lexicon file is malformed. The message names the file, the line and the reason: fix the data file. */
public final class RuleFileException extends RuntimeException {

    public RuleFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    public RuleFileException(String file, int line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
    }
}
