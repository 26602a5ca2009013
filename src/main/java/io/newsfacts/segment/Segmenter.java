package io.newsfacts.segment;

import java.util.List;

/** Splits Chinese text into words. Implementations are thread-safe. */
public interface Segmenter {

    /** Tokens covering {@code text} in order; offsets index {@code text}. */
    List<Token> segment(String text);

    /** A short name for logs and benchmarks ("hanlp", "corenlp"). */
    String name();
}
