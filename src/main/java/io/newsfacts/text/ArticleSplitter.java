package io.newsfacts.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into articles. A file may hold several articles; a new one begins at a top-level heading
 * (a line starting with "# " or "## ") that follows body text, or at a paragraph that a newspaper opens with 又讯 /
 * 另讯 (a second, untitled report on the same page, often by another office). Section headings ("### …") stay
 * inside an article.
 */
public final class ArticleSplitter {

    public List<Article> split(String text, String documentTitle) {
        List<Article> articles = new ArrayList<>();
        int articleStart = 0;
        String headline = null;
        boolean sawBody = false;
        boolean titled = false; // the current article's headline is settled (a further report has none)
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(i, lineEnd).strip();
            if (!line.isEmpty()) {
                if (sawBody && isFurtherReport(line)) {
                    articles.add(new Article(articleStart, i, headline));
                    articleStart = i;
                    headline = null; // untitled: the document's title belongs to the first report
                    titled = true;
                } else if (isTopHeading(line)) {
                    if (sawBody) {
                        articles.add(new Article(articleStart, i, headline));
                        articleStart = i;
                        headline = null;
                        sawBody = false;
                        titled = false;
                    }
                    if (headline == null) {
                        headline = line.replaceFirst("^#+\\s*", "");
                    }
                } else if (!line.startsWith("#")) {
                    if (headline == null && !sawBody && !titled) {
                        headline = documentTitle != null ? documentTitle : line;
                    }
                    sawBody = true;
                }
            }
            i = lineEnd + 1;
        }
        articles.add(new Article(articleStart, text.length(), headline != null || titled ? headline : documentTitle));
        return articles;
    }

    private static final java.util.regex.Pattern FURTHER_REPORT = java.util.regex.Pattern.compile("^(?:本报|本刊)?[又另][讯訊]");

    private static boolean isFurtherReport(String line) {
        return FURTHER_REPORT.matcher(line).find();
    }

    private static boolean isTopHeading(String line) {
        return line.startsWith("# ") || line.startsWith("## ");
    }
}
