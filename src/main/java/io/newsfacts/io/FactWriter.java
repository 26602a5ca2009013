package io.newsfacts.io;

import io.newsfacts.Fact;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes fact records in one output format. Not thread-safe: one writer thread. */
public interface FactWriter extends Closeable {

    /** Writes one document's facts. */
    void write(List<Fact> facts) throws IOException;

    /** Flushes and returns the byte length of everything written so far (for resumable manifests). */
    long flushedLength() throws IOException;
}
