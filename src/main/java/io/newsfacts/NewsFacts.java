package io.newsfacts;

import io.newsfacts.fact.FactPipeline;

import java.util.Objects;

/**
 * The public facade: reads Chinese news and returns its quantitative facts.
 *
 * <pre>{@code
 * NewsFacts newsFacts = NewsFacts.builder().build();
 * ExtractionResult result = newsFacts.extract(Document.of("doc-1", text));
 * }</pre>
 *
 * An instance is immutable and thread-safe once built: share one across threads. Building it loads the
 * lexicons, rules and segmenter dictionaries (about a second for HanLP), so build once per process.
 */
public final class NewsFacts {

    private final FactPipeline pipeline;
    private final Settings settings;

    private NewsFacts(Settings settings) {
        this.settings = settings;
        this.pipeline = FactPipeline.create(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts loading the shipped models for a backend on background threads and returns at once; a later
     * {@code build()} waits only for what is still loading. The models are loaded once per JVM and shared by every
     * instance (they are immutable), so calling this early, say while a service reads its configuration, shortens
     * start-up.
     */
    public static void preload(Backend backend) {
        FactPipeline.preload(Objects.requireNonNull(backend, "backend"));
    }

    /**
     * Extracts the facts of one document. Never throws for bad content: problems become diagnostics,
     * and an error diagnostic marks a document whose facts may be incomplete. Work stays bounded on any input
     * (sentences are capped in length, lookups are indexed); to bound time as well, run it as a task and cancel the
     * task with interruption: extraction then stops at the next sentence with a
     * {@link java.util.concurrent.CancellationException}.
     */
    public ExtractionResult extract(Document document) {
        Objects.requireNonNull(document, "document");
        return pipeline.extract(document);
    }

    /** For rule authors: each sentence's tagged units and the rules that match it. */
    public java.util.List<String> explain(Document document) {
        Objects.requireNonNull(document, "document");
        return pipeline.explain(document);
    }

    /** The settings this instance was built with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Everything an instance is configured with.
     *
     * @param backend          segmentation backend
     * @param maxDocumentChars documents longer than this are refused with an error diagnostic
     */
    public record Settings(Backend backend, int maxDocumentChars) {
    }

    /** Builds {@link NewsFacts}; each setter validates and may be called at most once. */
    public static final class Builder {
        private Backend backend;
        private Integer maxDocumentChars;

        private Builder() {
        }

        public Builder backend(Backend backend) {
            if (this.backend != null) {
                throw new IllegalStateException("backend was already set to " + this.backend);
            }
            this.backend = Objects.requireNonNull(backend, "backend");
            return this;
        }

        public Builder maxDocumentChars(int max) {
            if (this.maxDocumentChars != null) {
                throw new IllegalStateException("maxDocumentChars was already set to " + this.maxDocumentChars);
            }
            if (max <= 0) {
                throw new IllegalArgumentException("maxDocumentChars must be positive: " + max);
            }
            this.maxDocumentChars = max;
            return this;
        }

        public NewsFacts build() {
            return new NewsFacts(new Settings(
                    backend == null ? Backend.HANLP : backend,
                    maxDocumentChars == null ? 5_000_000 : maxDocumentChars));
        }
    }
}
