package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.NewsFacts;

import java.util.List;

/** The stages in order: normalise, split, segment, tag, match rules, assemble facts. Thread-safe. */
public final class FactPipeline {

    private FactPipeline() {
    }

    public static FactPipeline create(NewsFacts.Settings settings) {
        return new FactPipeline();
    }

    public ExtractionResult extract(Document document) {
        return new ExtractionResult(document.id(), List.of(), List.of());
    }
}
