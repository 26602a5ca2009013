package io.newsfacts.segment;

import java.util.List;

/** Splits Chinese text into words. Implementations are thread-safe. */
public interface Segmenter {

    /** Tokens covering {@code text} in order; offsets index {@code text}. */
    List<Token> segment(String text);

    /**
     * Tokens plus entity hints, in one pass: a backend that runs NER anyway (CoreNLP) overrides this so the text is
     * annotated once. Offsets index {@code text}.
     */
    default Analysis analyze(String text) {
        return new Analysis(segment(text), List.of());
    }

    /**
     * Whether {@link #analyze} gives more than words (entity hints), so that the pipeline should annotate whole articles
     * with it; otherwise the pipeline segments only the sentences that can hold a fact.
     */
    default boolean hintsEntities() {
        return false;
    }

    /** A short name for logs and benchmarks ("hanlp", "corenlp"). */
    String name();
}
