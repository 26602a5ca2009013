package io.newsfacts.text;

import io.newsfacts.model.ModelTable;

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
        return new TaiwanMarkers(ModelTable.rows(FILE, ModelTable.read(FILE), "header must be 'word'", "word").stream()
                .map(row -> row.text().strip()).toList());
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
