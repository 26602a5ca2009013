package io.newsfacts.fact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered heading that is only a noun phrase: （一）盗窃类警情。 / 1.盗窃电瓶。 / 三、交通类警情. Bulletins put the
 * topic in such a heading and state the figures in the next sentence without naming it again
 * (本月环比上升2.81%，同比下降7.03%), so a figure there that names no metric of its own is about the heading's topic.
 */
final class HeadingTopic {

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[）)])\\s*"
                    + "(\\p{IsHan}{2,12})\\s*[。：:]?\\s*$");

    private HeadingTopic() {
    }

    /** The topic a sentence names when it is such a heading, else null. */
    static String of(String sentence) {
        Matcher m = HEADING.matcher(sentence);
        return m.matches() ? m.group(1) : null;
    }
}
