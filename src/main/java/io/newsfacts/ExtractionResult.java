package io.newsfacts;

import java.util.List;

/** The facts read from one document and what the pipeline reported on the way. */
public record ExtractionResult(String doc, List<Fact> facts, List<Diagnostic> diagnostics) {

    public ExtractionResult {
        facts = List.copyOf(facts);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when an error diagnostic means the document's facts may be incomplete. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> "error".equals(d.severity()));
    }
}
