package io.newsfacts.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The words of {@code models/time/minguo-markers.tsv} that mark an article from Taiwan. Immutable. */
final class MinguoMarkers {

    static final String FILE = "models/time/minguo-markers.tsv";

    private final List<String> words;

    private MinguoMarkers(List<String> words) {
        this.words = List.copyOf(words);
    }

    static MinguoMarkers load() {
        String content;
        try (InputStream in = MinguoMarkers.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " not found on the classpath");
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> words = new ArrayList<>();
        boolean header = true;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String word = lines[i].strip();
            if (word.isEmpty() || word.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!word.equals("word")) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": header must be 'word'");
                }
                header = false;
                continue;
            }
            words.add(word);
        }
        return new MinguoMarkers(words);
    }

    boolean anyIn(String text) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
