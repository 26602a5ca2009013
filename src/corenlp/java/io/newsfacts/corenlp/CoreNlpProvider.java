package io.newsfacts.corenlp;

import io.newsfacts.segment.Segmenter;
import io.newsfacts.segment.SegmenterProvider;

/**
 * Registers the CoreNLP backend with {@link java.util.ServiceLoader}. This class names no CoreNLP type, so listing
 * providers works even where the CoreNLP jars are missing; only {@link #create()} needs them.
 */
public final class CoreNlpProvider implements SegmenterProvider {

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Segmenter create() {
        return CoreNlpSegmenter.shared();
    }
}
