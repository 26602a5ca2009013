package io.newsfacts.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an article was written in Taiwan: Traditional script and one of the words of
 * {@code models/time/minguo-markers.tsv} (民國, 警政署, 臺北…). The time stage then counts two-digit years from the Republic
 * (98年 = 2009) and the entity stage reads national references as Taiwan's (全國警方 = 內政部警政署). Immutable.
 */
public final class TaiwanMarkers {

    public static final String FILE = "models/time/minguo-markers.tsv";

    private final List<String> words;

    private TaiwanMarkers(List<String> words) {
        this.words = List.copyOf(words);
    }

    public static TaiwanMarkers load() {
        String content;
        try (InputStream in = TaiwanMarkers.class.getClassLoader().getResourceAsStream(FILE)) {
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
        return new TaiwanMarkers(words);
    }

    /**
     * @param original   the article in its own script
     * @param simplified its Simplified twin (equal to {@code original} for a Simplified article)
     */
    public boolean markTaiwan(String original, String simplified) {
        if (!ScriptFolding.isTraditional(original, simplified)) {
            return false; // a mainland article may name 台北 too
        }
        for (String w : words) {
            if (original.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
