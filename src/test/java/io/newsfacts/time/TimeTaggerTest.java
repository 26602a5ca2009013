package io.newsfacts.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time expressions of issue 4 in news-style sentences (written for this test), resolved against a publication
 * date of Wednesday 2024-01-10. Each row: the sentence, the expression the tagger must find in it, and the
 * expected from/to (to exclusive).
 */
class TimeTaggerTest {

    private static final TimeTagger TAGGER = TimeTagger.fromDefaultModels();
    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2024, 1, 10, 9, 30);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年10月21日，市公安局召开新闻发布会。 | 2023年10月21日 | 2023-10-21T00:00 | 2023-10-22T00:00
            案件于2023.10.21移送起诉。 | 2023.10.21 | 2023-10-21T00:00 | 2023-10-22T00:00
            发布时间：2023/10/21 | 2023/10/21 | 2023-10-21T00:00 | 2023-10-22T00:00
            二〇二三年全市共破获刑事案件1200起。 | 二〇二三年 | 2023-01-01T00:00 | 2024-01-01T00:00
            10月21日晚，民警在辖区巡逻时发现异常。 | 10月21日 | 2024-10-21T00:00 | 2024-10-22T00:00
            21日，记者从市统计局获悉。 | 21日 | 2024-01-21T00:00 | 2024-01-22T00:00
            凌晨，一辆货车在高速公路上侧翻。 | 凌晨 | 2024-01-10T00:00 | 2024-01-10T06:00
            上午10时，专项行动正式启动。 | 上午10时 | 2024-01-10T10:00 | 2024-01-10T11:00
            10时30分许，救援人员抵达现场。 | 10时30分许 | 2024-01-10T10:30 | 2024-01-10T10:31
            下午3点半，发布会开始。 | 下午3点半 | 2024-01-10T15:30 | 2024-01-10T15:31
            列车于15:30准点发车。 | 15:30 | 2024-01-10T15:30 | 2024-01-10T15:31
            今年全市计划新建学校12所。 | 今年 | 2024-01-01T00:00 | 2025-01-01T00:00
            去年全省接待游客3.2亿人次。 | 去年 | 2023-01-01T00:00 | 2024-01-01T00:00
            前年该市GDP突破万亿元。 | 前年 | 2022-01-01T00:00 | 2023-01-01T00:00
            明年将建成投用。 | 明年 | 2025-01-01T00:00 | 2026-01-01T00:00
            上月全国新能源汽车销量增长。 | 上月 | 2023-12-01T00:00 | 2024-01-01T00:00
            本月共受理案件36起。 | 本月 | 2024-01-01T00:00 | 2024-02-01T00:00
            本月起实施新规。 | 本月起 | 2024-01-01T00:00 | 2024-01-11T00:00
            下个月将进行复查。 | 下个月 | 2024-02-01T00:00 | 2024-03-01T00:00
            昨天，全市迎来降雪。 | 昨天 | 2024-01-09T00:00 | 2024-01-10T00:00
            今天上午举行开工仪式。 | 今天上午 | 2024-01-10T07:00 | 2024-01-10T12:00
            明天将有大风降温。 | 明天 | 2024-01-11T00:00 | 2024-01-12T00:00
            前天晚间发生一起交通事故。 | 前天晚间 | 2024-01-08T18:00 | 2024-01-09T00:00
            后天气温回升。 | 后天 | 2024-01-12T00:00 | 2024-01-13T00:00
            今年以来，全市共立案侦查经济犯罪案件86起。 | 今年以来 | 2024-01-01T00:00 | 2024-01-11T00:00
            年初至今，累计发放贷款50亿元。 | 年初至今 | 2024-01-01T00:00 | 2024-01-11T00:00
            上半年，全省规上工业增加值增长5%。 | 上半年 | 2024-01-01T00:00 | 2024-07-01T00:00
            前三季度，全市外贸进出口总额增长8%。 | 前三季度 | 2024-01-01T00:00 | 2024-10-01T00:00
            今年前3季度，全国海关共查获各类走私案件7919起。 | 今年前3季度 | 2024-01-01T00:00 | 2024-10-01T00:00
            一季度，全省实现地区生产总值1.2万亿元。 | 一季度 | 2024-01-01T00:00 | 2024-04-01T00:00
            1至8月，全国铁路发送旅客28亿人次。 | 1至8月 | 2024-01-01T00:00 | 2024-09-01T00:00
            前8月，累计完成投资300亿元。 | 前8月 | 2024-01-01T00:00 | 2024-09-01T00:00
            截至2020年12月底，全省共有注册企业80万户。 | 截至2020年12月底 | 2020-01-01T00:00 | 2021-01-01T00:00
            自2023年11月以来，共查处违法案件200余起。 | 自2023年11月以来 | 2023-11-01T00:00 | 2024-01-11T00:00
            自去年年初至今年9月，全市共破获毒品犯罪案件970余起。 | 自去年年初至今年9月 | 2023-01-01T00:00 | 2024-10-01T00:00
            比去年同期增长12%。 | 去年同期 | 2023-01-01T00:00 | 2024-01-01T00:00
            近五年，全市累计新增就业岗位50万个。 | 近五年 | 2019-01-01T00:00 | 2024-01-01T00:00
            三天前，该男子在超市内盗窃财物。 | 三天前 | 2024-01-07T00:00 | 2024-01-08T00:00
            两周后将公布调查结果。 | 两周后 | 2024-01-22T00:00 | 2024-01-29T00:00
            周一，国家统计局发布数据。 | 周一 | 2024-01-08T00:00 | 2024-01-09T00:00
            星期三举行听证会。 | 星期三 | 2024-01-10T00:00 | 2024-01-11T00:00
            下周五开庭审理。 | 下周五 | 2024-01-19T00:00 | 2024-01-20T00:00
            上个星期天发生火灾。 | 上个星期天 | 2024-01-07T00:00 | 2024-01-08T00:00
            元旦假期，全市接待游客120万人次。 | 元旦 | 2024-01-01T00:00 | 2024-01-02T00:00
            春节期间，铁路部门加开列车。 | 春节 | 2024-02-10T00:00 | 2024-02-11T00:00
            除夕夜，消防员坚守岗位。 | 除夕 | 2024-02-09T00:00 | 2024-02-10T00:00
            元宵节当天举办灯会。 | 元宵节 | 2024-02-24T00:00 | 2024-02-25T00:00
            清明节假期，祭扫群众达10万人次。 | 清明节 | 2024-04-04T00:00 | 2024-04-05T00:00
            五一假期，景区客流创新高。 | 五一 | 2024-05-01T00:00 | 2024-05-02T00:00
            劳动节前夕，表彰一批先进个人。 | 劳动节 | 2024-05-01T00:00 | 2024-05-02T00:00
            端午节期间，龙舟赛吸引游客。 | 端午节 | 2024-06-10T00:00 | 2024-06-11T00:00
            中秋节来临之际，开展慰问活动。 | 中秋节 | 2024-09-17T00:00 | 2024-09-18T00:00
            国庆假期，全国出游人次增长。 | 国庆 | 2024-10-01T00:00 | 2024-10-02T00:00
            圣诞节前，商场推出促销活动。 | 圣诞节 | 2024-12-25T00:00 | 2024-12-26T00:00
            去年十一月，該市啟動專項整治。 | 去年十一月 | 2023-11-01T00:00 | 2023-12-01T00:00
            週三，警方通報案情。 | 週三 | 2024-01-10T00:00 | 2024-01-11T00:00
            星期天，志願者走進社區。 | 星期天 | 2024-01-14T00:00 | 2024-01-15T00:00
            2017年8月11日至8月22日，开展集中整治。 | 2017年8月11日至8月22日 | 2017-08-11T00:00 | 2017-08-23T00:00
            2019年4月12-19日举办展会。 | 2019年4月12-19日 | 2019-04-12T00:00 | 2019-04-20T00:00
            农历八月十五，市民赏月。 | 农历八月十五 | 2024-09-17T00:00 | 2024-09-18T00:00
            去年全年，全市共发生火灾300起。 | 去年全年 | 2023-01-01T00:00 | 2024-01-01T00:00
            今年1—10月，全市进出口总额增长6%。 | 今年1—10月 | 2024-01-01T00:00 | 2024-11-01T00:00
            本报北京1月9日电，9日上午，专案组收网；当天下午召开发布会。 | 当天下午 | 2024-01-09T12:00 | 2024-01-09T18:00
            上世纪80年代，该厂年产量不足千吨。 | 上世纪80年代 | 1980-01-01T00:00 | 1990-01-01T00:00
            """)
    void resolvesNewsExpressions(String sentence, String expression, String from, String to) {
        List<TimeMention> mentions = TAGGER.tag(sentence, PUBLISHED);
        TimeMention m = mentions.stream().filter(t -> t.text().equals(expression)).findFirst().orElse(null);
        assertNotNull(m, expression + " not found in " + mentions);
        assertEquals(LocalDateTime.parse(from), m.from(), expression);
        assertEquals(LocalDateTime.parse(to), m.to(), expression);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            三年 | year
            一个半月 | month
            连续十四年 | year
            24小时 | hour
            """)
    void durationsAreNotPoints(String text, String grain) {
        List<TimeMention> mentions = TAGGER.tag(text, PUBLISHED);
        assertTrue(mentions.stream().allMatch(t -> t.kind() == TimeKind.DURATION), text + " -> " + mentions);
        assertEquals(grain, mentions.get(mentions.size() - 1).grain().json());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            开通24小时热线，接受群众举报。
            该队已连续十四年保持零事故。
            地铁3号线今日起调整运营时间。
            嫦娥五号探测器成功着陆。
            五一广场周边实行交通管制。
            会议提出3点意见和5点要求。
            全年抓获各类在逃人员235名。
            """)
    void numbersThatAreNotTimePoints(String sentence) {
        List<TimeMention> points = TAGGER.tag(sentence, PUBLISHED).stream()
                .filter(t -> t.kind() != TimeKind.DURATION && !t.text().startsWith("今日")).toList();
        assertEquals(List.of(), points, sentence);
    }

    @Test
    void periodsForFacts() {
        assertEquals("2024-01/2024-01-10", first("今年以来，全市共立案86起", PUBLISHED).period());
        assertEquals("2019/2023", first("近五年", PUBLISHED).period());
        assertEquals("2024-01-10", first("下午3点半", PUBLISHED).period());
        assertEquals("2014-10/..", first("自2014年10月以来", null).period());
        assertEquals(null, first("三年", PUBLISHED).period());
    }

    @Test
    void aFutureStartIsOpenAtItsEnd() {
        TimeMention m = first("后天起气温回升", PUBLISHED);
        assertEquals("后天起", m.text());
        assertEquals(LocalDateTime.of(2024, 1, 12, 0, 0), m.from());
        assertEquals(null, m.to());
    }

    @Test
    void aTaiwanArticleCountsTwoDigitYearsFromTheRepublic() {
        String original = "根據警政署刑事警察局提供資料，98年1月至11月全般詐欺案件破獲率92.49%，較97年同期為高。";
        String simplified = "根据警政署刑事警察局提供资料，98年1月至11月全般诈欺案件破获率92.49%，较97年同期为高。";
        assertTrue(TAGGER.countsMinguoYears(original, simplified));
        List<TimeMention> ms = TAGGER.tag(simplified, PUBLISHED, true);
        assertEquals("2009-01/2009-11", ms.get(0).period());
        assertEquals("2008", ms.stream().filter(t -> t.text().startsWith("97年")).findFirst().orElseThrow().period());
        String mainland = "据统计，98年1月至11月全市案件下降。";
        assertFalse(TAGGER.countsMinguoYears(mainland, mainland), "a Simplified article keeps 98年 = 1998");
        assertEquals("1998-01/1998-11", TAGGER.tag(mainland, PUBLISHED).get(0).period());
    }

    /** Taiwan's press puts the value of 去年, 今年, 本月, 今日 in parentheses; the number wins over the word. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            內政部警政署統計，去（2025）年1月受理詐騙1.3萬件、財損95億元。 | 去（2025）年1月 | 2026-02-27T00:00 | 2025-01
            今(2026)年農曆春節九天期間，全台詐騙案件財損大減。 | 今(2026)年農曆春節 | 2026-02-27T00:00 | 2026-02-17
            今(2026)年全市詐騙案件下降。 | 今(2026)年 | 2026-02-27T00:00 | 2026
            市警局長廖恆裕今（27）日說，打詐是治安持續重點工作。 | 今（27）日 | 2026-02-27T00:00 | 2026-02-27
            警政署統計，今(114)年7月警局受理詐欺案件下降。 | 今(114)年7月 | 2025-08-26T00:00 | 2025-07
            本（11）月受理詐欺案件共312件。 | 本（11）月 | 2025-11-05T00:00 | 2025-11
            鐵路公安局昨(18)日透露，春節假日期間查獲逃犯26名。 | 昨(18)日 | 2024-02-19T00:00 | 2024-02-18
            警方昨(29)日查獲毒品3公斤。 | 昨(29)日 | 2024-03-01T00:00 | 2024-02-29
            消防局今(9)日舉行座談會，總結去(2023)年全年工作。 | 去(2023)年全年 | 2024-01-09T00:00 | 2023
            """)
    void parenthesisedValuesWinOverTheRelativeWord(String sentence, String expression, String published, String period) {
        TimeMention m = TAGGER.tag(sentence, LocalDateTime.parse(published)).stream()
                .filter(t -> t.text().equals(expression)).findFirst().orElse(null);
        assertNotNull(m, expression + " not found in " + TAGGER.tag(sentence, LocalDateTime.parse(published)));
        assertEquals(period, m.period(), expression);
    }

    /** N个月来, N年来: the N whole units before the current one, as 近N个月来 and 近五年 are. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            全國警方18個月來受理詐騙件數、財損金額下降逾三成。 | 18個月來 | 2026-02-27T00:00 | 2024-08/2026-01
            內政部統計，近18个月来受理件数减少33%。 | 近18个月来 | 2026-02-27T00:00 | 2024-08/2026-01
            三年来，全市共破获电信网络诈骗案件1200起。 | 三年来 | 2024-01-10T09:30 | 2021/2023
            半年来，该局共查处酒驾违法行为320起。 | 半年来 | 2024-08-15T00:00 | 2024-02/2024-07
            一年来，全省公安禁毒部门共破获毒品刑事案件1.2万起。 | 一年来 | 2016-02-03T00:00 | 2015
            """)
    void spansEndingNowAreTheWholeUnitsBefore(String sentence, String expression, String published, String period) {
        TimeMention m = TAGGER.tag(sentence, LocalDateTime.parse(published)).stream()
                .filter(t -> t.text().equals(expression)).findFirst().orElse(null);
        assertNotNull(m, expression + " not found in " + TAGGER.tag(sentence, LocalDateTime.parse(published)));
        assertEquals(period, m.period(), expression);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            他每隔3个月来一次派出所报到。
            3月来京务工人员达120万人。
            外籍人员2年来华工作需办理许可。
            """)
    void comeIsNotASpanEndingNow(String sentence) {
        assertTrue(TAGGER.tag(sentence, PUBLISHED).stream().noneMatch(t -> t.kind() == TimeKind.INTERVAL),
                sentence + " -> " + TAGGER.tag(sentence, PUBLISHED));
    }

    @Test
    void aNewspapersNameIsNoTime() {
        List<TimeMention> ms = TAGGER.tag("据光明日报报道，今年以来共破获案件20起。", PUBLISHED);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("今年以来", ms.get(0).text());
    }

    @Test
    void yearlessDatesTakeTheYearTheTextNamed() {
        List<TimeMention> ms = TAGGER.tag("2022年，全市立案1200起。10月20日，专案组收网。", PUBLISHED);
        TimeMention october = ms.stream().filter(t -> t.text().equals("10月20日")).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2022, 10, 20, 0, 0), october.from());
    }

    @Test
    void aYearlessSinceFrameIsTheLatestSuchDayBeforeTheReference() {
        LocalDateTime published = LocalDateTime.of(2022, 9, 28, 0, 0);
        List<TimeMention> ms = TAGGER.tag("2021年刑事案件立案数比2015年下降29.9%。自6月25日全国公安机关开展“百日行动”以来，"
                + "共破获刑事案件64万余起。", published);
        TimeMention since = ms.stream().filter(t -> t.text().contains("6月25日")).findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2022, 6, 25, 0, 0), since.from());
        assertEquals(TimeKind.INTERVAL, since.kind());
    }

    @Test
    void taiwanMinguoYears() {
        assertEquals(LocalDateTime.of(2009, 1, 1, 0, 0), first("民國98年1月至12月27日止共受理詐欺案件", PUBLISHED).from());
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), first("113年1月至10月查獲毒品9441公斤", PUBLISHED).from());
        assertTrue(TAGGER.tag("防御100年一遇的洪水", PUBLISHED).isEmpty());
        List<TimeMention> ms = TAGGER.tag("2023年805人，增加564人；113年截至5月初，已公佈342人。", PUBLISHED);
        assertEquals("2024", ms.stream().filter(t -> t.text().equals("113年")).findFirst().orElseThrow().period());
        assertEquals("2024-01/2024-05", ms.stream().filter(t -> t.text().startsWith("截至")).findFirst().orElseThrow().period());
    }

    @Test
    void aComparisonsBasisYearIsNotTheYearTheTextGoesOnAbout() {
        List<TimeMention> ms = TAGGER.tag("114年1至8月全國酒駕事故造成5797人死傷，較113年同期的6095人下降。台中市1至8月共取締3925件。",
                null, true);
        assertEquals("2025-01/2025-08", ms.get(0).period());
        assertEquals("2024", ms.stream().filter(t -> t.text().startsWith("113年")).findFirst().orElseThrow().period());
        assertEquals("2025-01/2025-08", ms.get(ms.size() - 1).period(), "台中市1至8月 keeps 114年");
    }

    @Test
    void aChineseDigitThatOpensANumberIsNoDay() {
        List<TimeMention> ms = TAGGER.tag("但較今年十月一五二八件、財損廿四點八億元，又些微增加。", LocalDateTime.of(2025, 12, 4, 0, 0));
        assertEquals("今年十月", ms.get(0).text());
        assertEquals("2025-10", ms.get(0).period());
    }

    @Test
    void relativeExpressionsWithoutAReferenceStayUnresolved() {
        TimeMention m = first("去年11月", null);
        assertEquals(null, m.from());
        assertEquals(Grain.MONTH, m.grain());
    }

    @Test
    void anyInputIsSafe() {
        for (String s : List.of("", "年", "2月30日", "13月", "99:99", "第", "周", "农历闰十三月", "前几天", "二十几年前")) {
            assertNotNull(TAGGER.tag(s, PUBLISHED));
        }
    }

    private static TimeMention first(String text, LocalDateTime ref) {
        List<TimeMention> ms = TAGGER.tag(text, ref);
        assertTrue(!ms.isEmpty(), text);
        return ms.get(0);
    }
}
