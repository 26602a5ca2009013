package io.newsfacts.segment;

/**
 * A segmenter backend found with {@link java.util.ServiceLoader} at run time. Optional backends (CoreNLP, GPL and
 * 1.6 GB of models) live in builds that add them, so the default build neither compiles against nor ships them.
 * Implementations must not touch the backend's classes before {@link #create()}.
 */
public interface SegmenterProvider {

    /** The backend's name, lower case, as in {@code --backend} ("corenlp"). */
    String name();

    /** The backend's segmenter; may take long on first call (model loading) and share one instance per process. */
    Segmenter create();
}
