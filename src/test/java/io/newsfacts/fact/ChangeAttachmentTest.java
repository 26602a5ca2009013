package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which figure a change belongs to, across the sentence boundary (news-style text written for this test). */
class ChangeAttachmentTest {

    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    @Test
    void changesNamingTheFiguresOfTheSentenceBeforeAreTheirs() {
        String text = "上半年，全省共接报火灾7416起，死亡11人，受伤19人，直接财产损失8623.5万元。"
                + "与去年同期相比，火灾起数、死亡人数和直接财产损失分别下降12.3%、26.7%和8.9%，受伤人数上升5.6%。";
        List<Fact> facts = newsFacts.extract(new Document("d", text, null, "2024-07-16", null)).facts();
        assertEquals(4, facts.size(), "the changes are no facts of their own: " + facts);
        assertChange(facts, "7416起", "down", "12.3");
        assertChange(facts, "11人", "down", "26.7");
        assertChange(facts, "19人", "up", "5.6");
        assertChange(facts, "8623.5万元", "down", "8.9");
    }

    @Test
    void aChangeOfAnotherPeriodStaysAFactOfItsOwn() {
        String text = "罪案数字由2007年的80 796宗下跌至2018年的54 225宗。2019年上半年整体罪案数字较2018年同期进一步下跌4.7%。";
        List<Fact> facts = newsFacts.extract(new Document("d", text, null, "2020-01-20", null)).facts();
        Fact earlier = facts.stream().filter(f -> f.text().equals("80 796宗")).findFirst().orElseThrow();
        assertNull(earlier.change(), "the 2007 figure does not take the 2019 change");
        assertTrue(facts.stream().anyMatch(f -> f.value() == null && f.change() != null
                && f.change().percent().compareTo(new BigDecimal("4.7")) == 0), "the change is a fact of its own: " + facts);
    }

    @Test
    void absoluteChangesNamingTheFiguresBeforeAreTheirsAndNoFactsOtherwise() {
        String text = "今年7月警局受理詐欺案件1887件，財損金額達12億1599萬餘元。與6月相比，案件數減少42件，但財損卻增加1億6982萬餘元。";
        List<Fact> facts = newsFacts.extract(new Document("d", text, null, "2025-08-20", null)).facts();
        assertEquals(2, facts.size(), "the amounts are no facts of their own: " + facts);
        Fact cases = facts.stream().filter(f -> f.text().equals("1887件")).findFirst().orElseThrow();
        assertEquals("down", cases.change().direction());
        assertEquals(0, cases.change().amount().compareTo(new BigDecimal("42")), cases.change().toString());
        List<Fact> alone = newsFacts.extract(new Document("d", "全市警情平稳。與6月相比，案件數減少42件。", null,
                "2025-08-20", null)).facts();
        assertEquals(List.of(), alone, "an absolute change with no figure to belong to is no fact");
    }

    private static void assertChange(List<Fact> facts, String text, String direction, String percent) {
        Fact f = facts.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + text + " in " + facts));
        assertTrue(f.change() != null, text + " has a change");
        assertEquals(direction, f.change().direction(), text);
        assertEquals(0, f.change().percent().compareTo(new BigDecimal(percent)), text + ": " + f.change());
    }
}
