package io.newsfacts.numeral;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences written in the style of police and government news (not copied from the corpus), positives and negatives. */
class QuantityTaggerTest {

    private static QuantityTagger tagger;

    @BeforeAll
    static void load() {
        tagger = QuantityTagger.fromDefaultModels();
    }

    /** The only value-bearing mention of the sentence. */
    private static QuantityMention only(String sentence) {
        List<QuantityMention> found = tagger.tag(sentence).stream().filter(m -> m.kind() != QuantityKind.ORDINAL).toList();
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // sentence | value | unit | kind
            "涉案金额9452万元 | 94520000 | 元 | MONEY",
            "抓获犯罪嫌疑人3.5万名 | 35000 | 名 | QUANTITY",
            "参加培训两千三百人 | 2300 | 人 | QUANTITY",
            "全年投资一千零一亿元 | 100100000000 | 元 | MONEY",
            "追回壹佰贰拾叁元整 | 123 | 元 | MONEY",
            "受理九萬三三七九人 | 93379 | 人 | QUANTITY",
            "登记七萬九三一人 | 79310 | 人 | QUANTITY",
            "另有三万零五人 | 30005 | 人 | QUANTITY",
            "冻结1,100万元 | 11000000 | 元 | MONEY",
            "退赔82，225.00元 | 82225 | 元 | MONEY",
            "补贴12.7521万元 | 127521 | 元 | MONEY",
            "覆盖六点四二万人 | 64200 | 人 | QUANTITY",
            "损失八十五點九六億元 | 8596000000 | 元 | MONEY",
            "财损增加1億6982萬元 | 169820000 | 元 | MONEY",
            "受理1萬3537件 | 13537 | 件 | QUANTITY",
            "查获两个亿卢布 | 200000000 | 卢布 | MONEY",
            "共查处车辆1200辆(艘)次 | 1200 | 辆(艘)次 | QUANTITY",
            "检查人员3万人次 | 30000 | 人次 | QUANTITY",
            "兩個團夥 | 2 | 个 | QUANTITY",
            "装机容量2.54亿千瓦 | 254000000 | 千瓦 | QUANTITY",
            "判处有期徒刑3年 | 3 | 年 | QUANTITY",
            "羁押6个月 | 6 | 个月 | QUANTITY",
            "会议开了一个半小时 | 1.5 | 小时 | QUANTITY",
            "每人五元三毛 | 5.3 | 元 | MONEY",
            "退还50元6角三分 | 50.63 | 元 | MONEY",
            "气温降到负三度 | -3 | 度 | QUANTITY",
            "同比下降百分之四十七点九 | 47.9 | % | PERCENT",
            "发案率千分之五 | 0.5 | % | PERCENT",
            "误差萬分之30.5 | 0.305 | % | PERCENT",
            "降幅为5‰ | 0.5 | % | PERCENT",
            "降幅三成 | 30 | % | PERCENT",
            "商品打五折 | 50 | % | PERCENT",
            "上升2.3个百分点 | 2.3 | 个百分点 | PERCENT",
            "行政审批事项减少三分之一 | 0.333333333333333 | | NUMBER",
            "差不多三份一嘅市民 | 0.333333333333333 | | NUMBER",
            "同意的超过1半 | 0.5 | | NUMBER",
            "诈骗团伙骗取20个比特币 | 20 | 比特币 | MONEY",
            "央行到期定存单5306亿台币 | 530600000000 | 新台币 | MONEY",
            "每人领取两份一次性口罩 | 2 | 份 | QUANTITY",
            "收缴十份文件 | 10 | 份 | QUANTITY",
            "偵破海上重大走私毒品計7案 | 7 | 案 | QUANTITY",
            "查獲4個案件 | 4 | 个 | QUANTITY",
            "春節期間燃放爆竹293萬響 | 2930000 | 响 | QUANTITY",
            "檢獲私酒9.6萬公升 | 96000 | 公升 | QUANTITY",
            "發送列車9.1万列次 | 91000 | 列次 | QUANTITY",
            "检查交通工具2346.1万架(列、艘、辆)次 | 23461000 | 架(列、艘、辆)次 | QUANTITY",
            "詐騙財損銳減6成2 | 62 | % | PERCENT",
            "破案百余起 | 100 | 起 | QUANTITY",
            "查处近百起 | 100 | 起 | QUANTITY",
            "吸引上千人参加 | 1000 | 人 | QUANTITY",
            "吸引近万人参加 | 10000 | 人 | QUANTITY",
            "疏导游客上万人次 | 10000 | 人次 | QUANTITY",
            "救助群众万余人 | 10000 | 人 | QUANTITY",
            "收缴子弹20发 | 20 | 发 | QUANTITY"})
    void readsNewsQuantities(String sentence, String value, String unit, QuantityKind kind) {
        QuantityMention m = only(sentence);
        assertEquals(0, new BigDecimal(value).compareTo(m.value()), m.toString());
        assertEquals(unit == null || unit.isBlank() ? null : unit, m.unit(), m.toString());
        assertEquals(kind, m.kind(), m.toString());
    }

    @Test
    void leadingApproximationStaysOutsideTheSpanAndTrailingInside() {
        QuantityMention over = only("抓获超100人");
        assertEquals("100人", over.text());
        assertEquals(Approx.OVER, over.approx());
        QuantityMention under = only("破案近3000起");
        assertEquals("3000起", under.text());
        assertEquals(Approx.UNDER, under.approx());
        QuantityMention about = only("挽回损失约5万元");
        assertEquals("5万元", about.text());
        assertEquals(Approx.ABOUT, about.approx());
        QuantityMention more = only("抓获300余人");
        assertEquals("300余人", more.text());
        assertEquals(Approx.OVER, more.approx());
        assertEquals(0, new BigDecimal(400).compareTo(more.max()), "300余 reaches up to the next step");
        QuantityMention above = only("覆盖率80%以上");
        assertEquals("80%以上", above.text());
        assertEquals(Approx.OVER, above.approx());
        assertEquals(Approx.ABOUT, only("降幅70%左右").approx());
        assertEquals(Approx.UNDER, only("不良率低於0.1%").approx());
        assertEquals(Approx.ABOUT, only("涉案金额约人民币31亿元").approx());
        QuantityMention tenThousands = only("涉案十多万元");
        assertEquals(0, new BigDecimal(100000).compareTo(tenThousands.value()));
        assertEquals(Approx.OVER, tenThousands.approx());
    }

    @ParameterizedTest(name = "{0} = {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "每组3至5人 | 3 | 5",
            "招募30-40名志愿者 | 30 | 40",
            "每晚三四十人 | 30 | 40",
            "准备在两三年内完成 | 2 | 3",
            "罚款两到三万港元 | 20000 | 30000",
            "奖励1万元--5万元 | 10000 | 50000",
            "涉案数十亿元 | 1000000000 | 10000000000",
            "每天来往三万四五人 | 34000 | 35000",
            "月收入一万六七千元 | 16000 | 17000"})
    void readsRanges(String sentence, String low, String high) {
        QuantityMention m = only(sentence);
        assertEquals(0, new BigDecimal(low).compareTo(m.value()), m.toString());
        assertEquals(0, new BigDecimal(high).compareTo(m.max()), m.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "开展“2023·3·5”专项行动",
            "代号扫诈1号的行动",
            "严厉打击“两卡”违法犯罪",
            "八类刑案持续下降",
            "构建三位一体工作格局",
            "推行1+N模式",
            "2023年10月21日发布",
            "举报电话13812345678",
            "二〇二〇年开始实施",
            "启动“九五”计划",
            "长三角一体化发展",
            "一起来参与",
            "进一步提升",
            "千方百计稳就业",
            "税负明显下降",
            "五角大楼发表声明",
            "严厉打击社会面零包贩毒",
            "一次性发放补贴",
            "张某一案已审结",
            "千万不要轻信",
            "出现万人空巷的景象",
            "民警在楼道发现一名女子"})
    void leavesNamesCodesDatesAndIdiomsAlone(String sentence) {
        List<QuantityMention> found = tagger.tag(sentence).stream().filter(m -> m.kind() != QuantityKind.ORDINAL).toList();
        assertTrue(found.isEmpty(), sentence + " -> " + found);
    }

    @Test
    void ordinalsAreOnlyOrdinals() {
        List<QuantityMention> found = tagger.tag("排名第三名");
        assertEquals(1, found.size());
        assertEquals(QuantityKind.ORDINAL, found.get(0).kind());
        assertNull(found.get(0).approx());
    }

    @Test
    void aMinusWordIsNotASign() {
        QuantityMention m = only("减轻企业税负5700多亿元");
        assertTrue(m.value().signum() > 0, m.toString());
    }

    @Test
    void absurdInputIsSkippedWithAWarningAndNeverThrows() {
        List<String> warnings = new ArrayList<>();
        String digits = "1".repeat(10_000);
        assertTrue(tagger.tag(digits, warnings::add).isEmpty());
        assertFalse(warnings.isEmpty());

        warnings.clear();
        String nines = "共有" + "九".repeat(5_000) + "万亿元，另有3人";
        List<QuantityMention> found = tagger.tag(nines, warnings::add);
        assertFalse(warnings.isEmpty());
        assertEquals(1, found.size(), "the count after the absurd run is still read");
        assertEquals("3人", found.get(0).text());

        warnings.clear();
        assertTrue(tagger.tag("1e999", warnings::add).isEmpty());
        assertFalse(warnings.isEmpty());
        tagger.tag("百分之" + "九".repeat(3_000));
        tagger.tag("二分之".repeat(2_000));
        tagger.tag("5" + "万".repeat(2_000));
    }

    @Test
    void randomNumeralSoupNeverThrowsAndSpansStayInside() {
        String alphabet = "0123456789.,，-—~/^eEkKwM%‰ 一二两三四五六七八九十百千万亿兆零〇壹贰参拾佰仟萬億點兩個廿卅几数多余分之又点半成折打对个元角毛块美人起年以上左右约超负第$￥(（“”是";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (QuantityMention m : tagger.tag(b.toString())) {
                assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= length && m.value() != null, b + " -> " + m);
            }
        }
    }

    @Test
    void scanTimeGrowsLinearly() {
        String sentence = "今年以来共破获案件1.2万余起，抓获犯罪嫌疑人3000余名，挽回损失约5.6亿元，同比上升12.5%。";
        String big = sentence.repeat(4_000);
        tagger.tag(big); // warm up
        long t0 = System.nanoTime();
        List<QuantityMention> found = tagger.tag(big);
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(4 * 4_000, found.size());
        assertTrue(elapsedMs < 5_000, "took " + elapsedMs + " ms");
    }

    @Test
    void hongKongSpaceGroupedThousandsBeforeAUnit() {
        List<QuantityMention> ms = tagger.tag("整體罪案總數是59 225宗，較二〇一八年(54 225宗)增加5 000宗。全年拘捕1 050 000人");
        assertEquals(List.of("59225", "54225", "5000", "1050000"),
                ms.stream().map(m -> m.value().toPlainString()).toList());
        assertEquals("59 225宗", ms.get(0).text());
        // no unit after the group: two numbers, never 110120
        assertTrue(tagger.tag("拨打110 120求助").stream().noneMatch(m -> m.value().compareTo(new BigDecimal(110120)) == 0));
    }
}
