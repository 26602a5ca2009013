package io.newsfacts.io;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article in a web page: title, publication date from {@code <meta>}, and the main text chosen by a block scorer
 * that counts Chinese characters (navigation and footers are short and link-heavy, the article is long and plain).
 */
public final class HtmlArticle {

    private static final String[] DATE_META = {"article:published_time", "publishdate", "pubdate", "publish_date",
            "PubDate", "og:published_time", "date", "dc.date"};

    private HtmlArticle() {
    }

    /** A page's article: {@code text} starts with the title line when there is one. */
    public record Article(String title, String published, String text) {
    }

    public static Article extract(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        String title = page.title().isBlank() ? null : page.title().strip();
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        String published = null;
        for (String name : DATE_META) {
            Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
            if (meta != null && !meta.attr("content").isBlank()) {
                published = meta.attr("content").strip();
                break;
            }
        }
        // Score each block container by the Chinese characters of its paragraph-like children, minus link text.
        Map<Element, Integer> scores = new HashMap<>();
        for (Element block : page.select("p, div, td, li, section, article, span")) {
            String own = block.ownText();
            int chinese = chineseChars(own);
            if (chinese < 10) {
                continue;
            }
            Element parent = block.parent() == null ? block : block.parent();
            scores.merge(parent, chinese, Integer::sum);
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : scores.entrySet()) {
            int linkChars = chineseChars(e.getKey().select("a").text());
            int score = e.getValue() - 2 * linkChars;
            if (score > bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (title != null) {
            paragraphs.add(title);
        }
        if (best != null) {
            for (Element child : best.children()) {
                String t = child.text().strip();
                if (chineseChars(t) >= 2 && (child.select("a").isEmpty() || chineseChars(child.select("a").text()) * 2 < chineseChars(t))) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.size() <= (title != null ? 1 : 0)) {
                paragraphs.add(best.text().strip());
            }
        } else if (page.body() != null && !page.body().text().isBlank()) {
            // No block holds ten Chinese characters of its own (text straight in <body>, or only in <b>/<font>):
            // the body's text is the article rather than nothing.
            paragraphs.add(page.body().text().strip());
        }
        return new Article(title, published, String.join("\n", paragraphs));
    }

    static int chineseChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
