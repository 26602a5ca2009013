package io.newsfacts.fact;

import io.newsfacts.Backend;
import io.newsfacts.segment.HanlpSegmenter;
import io.newsfacts.segment.Segmenter;
import io.newsfacts.segment.SegmenterProvider;

import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Builds the segmenter of a backend: HanLP is built in, the others are looked up as {@link SegmenterProvider}s. */
final class Backends {

    static final String CORENLP_MISSING = "The CoreNLP backend is not available in this build. "
            + "Build with 'mvn -Pcorenlp package' (Stanford CoreNLP, GPL-3.0-or-later, about 1.6 GB of Chinese models "
            + "copied to target/corenlp-lib/) and run with 'java -Xmx6g -jar target/newsfacts.jar ...'.";

    private Backends() {
    }

    static Segmenter segmenter(Backend backend) {
        return switch (backend) {
            case HANLP -> new HanlpSegmenter();
            case CORENLP -> provided(backend, CORENLP_MISSING);
        };
    }

    private static Segmenter provided(Backend backend, String missing) {
        String name = backend.name().toLowerCase(Locale.ROOT);
        try {
            for (SegmenterProvider p : ServiceLoader.load(SegmenterProvider.class, Backends.class.getClassLoader())) {
                if (p.name().equals(name)) {
                    return p.create();
                }
            }
        } catch (ServiceConfigurationError | NoClassDefFoundError e) {
            // The provider is compiled in but its jars are gone (target/corenlp-lib/ deleted or not beside the jar).
            throw new IllegalStateException(missing + " (" + e.getMessage() + ")", e);
        }
        throw new IllegalStateException(missing);
    }
}
