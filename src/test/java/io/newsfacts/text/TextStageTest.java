package io.newsfacts.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStageTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(ScriptFolding.instance());

    private static String seed() throws IOException {
        return Files.readString(Path.of("corpus/seed/000_7f31afb0e256233b.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void joinsWordsCutByParagraphBreaksAndDropsCaptionsInsideASentence() throws IOException {
        AnalysisText a = NORMALIZER.normalize(seed());
        assertTrue(a.text().contains("在周某等人作案车辆上缴获"), "作\\n\\n案 joined");
        assertTrue(a.text().contains("打掉贩毒团伙2个"), "贩\\n\\n毒 joined");
        assertTrue(a.text().contains("维护了海南省“菜篮子”产品市场秩序"), "caption between the halves removed");
        assertTrue(a.text().contains("营商环境水平"), "营商\\n\\n环境 joined");
        assertFalse(a.text().contains("本组图片均由儋州市公安局供图。“菜篮子”"));
        // Headings and complete paragraphs are not joined.
        assertTrue(a.text().contains("持续创造安全稳定社会环境。\n"));
    }

    @Test
    void everyAnalysisCharacterMapsBackToTheSameOriginalCharacter() throws IOException {
        String original = seed() + "\n全角数字１２３，百分比５０％。";
        AnalysisText a = NORMALIZER.normalize(original);
        assertEquals(a.text().length(), a.simplified().length());
        for (int i = 0; i < a.length(); i++) {
            char o = original.charAt(a.originalStart(i));
            char c = a.text().charAt(i);
            assertTrue(o == c || ScriptFolding.foldWidth(o) == c || Character.isISOControl(o), "offset " + i);
        }
        assertTrue(a.text().endsWith("全角数字123，百分比50%。"), "full-width digits and percent folded, comma kept");
        int at = a.text().indexOf("9452万元");
        assertEquals("9452万元", original.substring(a.originalStart(at), a.originalEnd(at + 6)));
    }

    @Test
    void traditionalTextFoldsOneToOneForMatching() {
        AnalysisText a = NORMALIZER.normalize("去年破獲4.2萬宗毒品案，拘捕6.5萬人。");
        assertEquals("去年破獲4.2萬宗毒品案，拘捕6.5萬人。", a.text(), "source script kept");
        assertEquals("去年破获4.2万宗毒品案，拘捕6.5万人。", a.simplified());
    }

    @Test
    void splitsTheSeedFileIntoItsTwoArticlesAtTheTopLevelHeading() throws IOException {
        AnalysisText a = NORMALIZER.normalize(seed());
        List<Article> articles = new ArticleSplitter().split(a.text(), null);
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).headline().startsWith("儋州公安奋力谱写"), articles.get(0).headline());
        assertEquals("东方公安为百姓筑起安全屏障", articles.get(1).headline());
        assertTrue(a.text().substring(articles.get(1).start(), articles.get(1).end()).contains("东方市公安局"));
        assertFalse(a.text().substring(articles.get(0).start(), articles.get(0).end()).contains("东方市公安局"));
    }

    @Test
    void sentencesEndAtTerminalPunctuationAndLineEnds() {
        String text = "标题一行\n他说：“抓获3名。”随后，又抓获2名！第三句没有句号\n\n下一段。";
        List<Sentence> sentences = new SentenceSplitter().split(text, 0, text.length(), 0);
        List<String> texts = sentences.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("标题一行", "他说：“抓获3名。”", "随后，又抓获2名！", "第三句没有句号", "下一段。"), texts);
        assertEquals(0, sentences.get(0).paragraph());
        assertEquals(2, sentences.get(4).paragraph());
    }
}
