package io.newsfacts.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into articles. A file may hold several articles; a new one begins at a top-level heading
 * (a line starting with "# " or "## ") that follows body text. Section headings ("### …") stay inside an article.
 */
public final class ArticleSplitter {

    public List<Article> split(String text, String documentTitle) {
        List<Article> articles = new ArrayList<>();
        int articleStart = 0;
        String headline = null;
        boolean sawBody = false;
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(i, lineEnd).strip();
            if (!line.isEmpty()) {
                if (isTopHeading(line)) {
                    if (sawBody) {
                        articles.add(new Article(articleStart, i, headline));
                        articleStart = i;
                        headline = null;
                        sawBody = false;
                    }
                    if (headline == null) {
                        headline = line.replaceFirst("^#+\\s*", "");
                    }
                } else if (!line.startsWith("#")) {
                    if (headline == null && !sawBody) {
                        headline = documentTitle != null ? documentTitle : line;
                    }
                    sawBody = true;
                }
            }
            i = lineEnd + 1;
        }
        articles.add(new Article(articleStart, text.length(), headline != null ? headline : documentTitle));
        return articles;
    }

    private static boolean isTopHeading(String line) {
        return line.startsWith("# ") || line.startsWith("## ");
    }
}
