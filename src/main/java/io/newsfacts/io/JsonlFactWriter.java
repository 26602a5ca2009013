package io.newsfacts.io;

import io.newsfacts.Fact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One JSON object per line, fields in FACTS.md order. */
public final class JsonlFactWriter implements FactWriter {

    private final CountingOutput out;

    public JsonlFactWriter(OutputStream out, long alreadyWritten) {
        this.out = new CountingOutput(out, alreadyWritten);
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        for (Fact f : facts) {
            out.write(Json.mapper().writeValueAsBytes(f));
            out.write('\n');
        }
    }

    @Override
    public long flushedLength() throws IOException {
        out.flush();
        return out.count();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** An output stream that counts what passes through it. */
    static final class CountingOutput extends java.io.FilterOutputStream {
        private long count;

        CountingOutput(OutputStream out, long start) {
            super(new java.io.BufferedOutputStream(out, 1 << 16));
            this.count = start;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
