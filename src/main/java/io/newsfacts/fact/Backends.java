package io.newsfacts.fact;

import io.newsfacts.Backend;
import io.newsfacts.segment.HanlpSegmenter;
import io.newsfacts.segment.Segmenter;

/** Builds the segmenter of a backend. */
final class Backends {

    private Backends() {
    }

    static Segmenter segmenter(Backend backend) {
        return switch (backend) {
            case HANLP -> new HanlpSegmenter();
            case CORENLP -> throw new IllegalStateException("The CoreNLP backend is not available in this build. "
                    + "Build with 'mvn -Pcorenlp package' (GPL-3.0 models, about 1.6 GB) and run with -Xmx6g.");
        };
    }
}
