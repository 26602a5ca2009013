package io.newsfacts.fact;

import io.newsfacts.Document;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which time a fact takes as its period, through the whole pipeline (news-style articles written for this test). */
class PeriodTrackerTest {

    private static NewsFacts newsFacts;

    @BeforeAll
    static void build() {
        newsFacts = NewsFacts.builder().build();
    }

    @Test
    void theStartingSideOfAMovementDatesOnlyItsOwnFigure() {
        String text = "2019年上半年,全国共查处酒驾醉驾90.1万起。"
                + "女性占比上升,查处女性驾驶人1.7万起,同比增加29.9%,占总数的比例由去年的2%增至2.3%。"
                + "酒驾醉驾再犯人数减少,2161名驾驶人2次以上被查处,同比下降1.1%。";
        List<Fact> facts = extract(new Document("d", text, null, "2019-07-24 09:32:27", null));
        assertEquals("2019-01/2019-06", at(facts, "1.7万起").period());
        assertEquals("2019-01/2019-06", at(facts, "2161名").period(), "由去年的2% is no lead for the next sentence");
    }

    @Test
    void theFiguresOfAComparisonsBasisTakeItsTime() {
        String text = "警政署統計，假投資詐騙上月受理一七五三件、財損廿五點二億元，比去年八月設儀表板時五四五○件、財損八十九點九億元，"
                + "明顯下降，但較今年十月一五二八件、財損廿四點八億元，又些微增加。";
        List<Fact> facts = extract(new Document("d", text, null, "2025-12-04", null));
        assertEquals("2025-11", at(facts, "廿五點二億元").period());
        assertEquals("2024-08", at(facts, "八十九點九億元").period());
        assertEquals("2025-10", at(facts, "廿四點八億元").period());
        facts = extract(new Document("d", "今年海巡署查獲毒品總數計1萬3811公斤，相較去年查獲的9441公斤，成長幅度達146%。",
                null, "2025-12-17", null));
        assertEquals("2024", at(facts, "9441公斤").period());
        assertEquals("2025", at(facts, "1萬3811公斤").period(), "the current figure keeps its own year");
        facts = extract(new Document("d", "今年1至11月全市刑事案件破案率92.49%，较2023年全年破案率85.15%为高。", null, "2024-12-10", null));
        assertEquals("2024-01/2024-11", at(facts, "92.49%").period());
        assertEquals("2023", at(facts, "85.15%").period(), "a rate before the change word is the basis's");
        facts = extract(new Document("d", "今年以来，全市共抓获犯罪嫌疑人1235名。较去年同期多抓获120名。", null, "2024-06-01", null));
        assertEquals("2024-01/2024-06-01", at(facts, "120名").period(), "多 makes 120名 this year's difference");
    }

    @Test
    void aHeadlineFigureWithNothingToDateItTakesTheLedesPeriod() {
        String headline = "去年中国查验出入境人员4.24亿人次 同比上升266.5%";
        String text = headline + "\n\n中新社 北京1月18日电 中国国家移民管理局18日举行新闻发布会。"
                + "记者从会上获悉,2023年全国移民管理机构累计查验出入境人员4.24亿人次,同比上升266.5%。";
        List<Fact> facts = extract(new Document("d", text, headline, null, null));
        Fact inHeadline = facts.stream().filter(f -> f.start() < headline.length()).findFirst().orElseThrow();
        assertEquals("4.24亿人次", inHeadline.text());
        assertEquals("2023", inHeadline.period(), "去年 cannot be resolved without a publication date");
    }

    @Test
    void aHeadlineKeepsItsOwnResolvedTime() {
        String headline = "去年中国查验出入境人员4.24亿人次 同比上升266.5%";
        String text = headline + "\n\n记者从会上获悉,2023年全国移民管理机构累计查验出入境人员4.24亿人次。";
        List<Fact> facts = extract(new Document("d", text, headline, "2024-01-18", null));
        assertEquals("2023", facts.get(0).period());
    }

    @Test
    void aClockTimeWithNoDayTellsWhenInTheDayNotWhichDay() {
        String text = "2019年上半年,全国共查处酒驾醉驾90.1万起。夜间、白天全天候查处,不留空白。"
                + "夜晚查处酒驾醉驾最多,19时至凌晨2时查处58万起。午后、早晨查处力度加大,13时至15时查处17.8万起。";
        List<Fact> facts = extract(new Document("d", text, null, "2019-07-24 09:32:27", null));
        assertEquals("2019-01/2019-06", at(facts, "58万起").period());
        assertEquals("2019-01/2019-06", at(facts, "17.8万起").period());
        facts = extract(new Document("d", "3月5日,全市开展夜查行动。凌晨3时许,民警抓获犯罪嫌疑人2名。", null, "2024-03-07", null));
        assertEquals("2024-03-05", at(facts, "2名").period(), "the day named before, not the publication day");
    }

    @Test
    void aBylineStampDoesNotDateTheFigures() {
        String text = "海关查获多起水上走私冻品案\n\n发布: 2020-04-17 |  来源: 冻品攻略\n\n"
                + "近期,黄埔海关在东莞某水域查扣涉嫌走私船舶32艘。";
        List<Fact> facts = extract(new Document("d", text, null, null, null));
        // the stamp is no period of the figures; 近期 ("recently") is the stamp's month
        assertEquals("2020-04", at(facts, "32艘").period());
        facts = extract(new Document("d", text.replace("近期,", ""), null, null, null));
        assertEquals(null, at(facts, "32艘").period());
    }

    @Test
    void aCampaignNamedWithItsYearDatesAnArticleThatHasNoDate() {
        String text = "人民网北京6月18日电 记者今天从公安部了解到，今年以来，全国公安机关持续推进“昆仑2020”专项行动，"
                + "共破获各类侵权假冒刑事案件4700余起。";
        List<Fact> facts = extract(new Document("d", text, null, null, null));
        assertEquals("2020-01/2020-06-18", at(facts, "4700余起").period());
        facts = extract(new Document("d", text.replace("“昆仑2020”", "“昆仑”"), null, null, null));
        assertEquals(null, at(facts, "4700余起").period(), "no year anywhere: 今年 stays unresolved");
    }

    private static List<Fact> extract(Document d) {
        return newsFacts.extract(d).facts();
    }

    private static Fact at(List<Fact> facts, String text) {
        return facts.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + text + " in " + facts));
    }
}
