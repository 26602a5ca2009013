package io.newsfacts.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agencies and campaigns: positive and negative examples, and in-article resolution. */
class EntityTaggerTest {

    private static final EntityTagger TAGGER = EntityTagger.fromDefaultModels();

    private static List<EntityMention> of(String text, EntityType type) {
        return TAGGER.tag(text).stream().filter(m -> m.type() == type).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "东方公安局收到线索, 东方市公安局, 469007",
            "儋州公安奋力谱写答卷, 儋州市公安局, 460400",
            "儋州市公安机关主动出击, 儋州市公安局, 460400",
            "东方市公安局东海派出所民警走进玉章村, 东方市公安局东海派出所, 469007",
            "儋州市公安局洋浦分局情报指挥中心揭牌, 儋州市公安局洋浦分局, 460400",
            "海南省儋州市公安局通报, 儋州市公安局, 460400",
            "银川警方晒成绩单, 银川市公安局, 640100",
            "江門海關緝私局開展專項行動, 江門海關緝私局, 440700",
            "警務處處長昨指, 警務處, ",
            "公安部会同国家移民局组织开展, 公安部, ",
            "海南省公安机关开展为期六个月的专项行动, 海南省公安厅, 460000",
            "海南警方两个月打掉182个犯罪团伙, 海南省公安厅, 460000",
            "上海市公安机关破获案件21起, 上海市公安局, 310000",
            "中山市公安交警支队开展酒驾整治, 中山市公安局交警支队, 442000",
            "桃園市政府警察局大溪分局自10月起啟動專案勤務, 桃園市政府警察局大溪分局, ",
            "刑事警察局統計, 警政署刑事警察局, ",
            "臺中市警局交通大隊統計, 臺中市警局交通大隊, ",
            "高雄警方表示, 高雄市警察局, ",
            "記者5日從應急部了解到, 應急管理部, ",
            "據全国扫黑办最新消息, 全国扫黑办, ",
            "臺中市交通事件裁決處統計, 臺中市交通事件裁決處, ",
            "工信部持续提升行业监测能力, 工业和信息化部, ",
            "人民银行持续优化涉诈资金查控, 中国人民银行, "})
    void recognisesAgenciesWithTheirFullNames(String text, String name, String code) {
        EntityMention m = of(text, EntityType.AGENCY).get(0);
        assertEquals(name, m.name());
        assertEquals(code, m.code());
    }

    @ParameterizedTest
    @CsvSource({"推进西部大开发和东北地区等老工业基地振兴", "新华社北京", "记者来自海南省", "儋州"})
    void textsEndingInAPlaceNameAreTagged(String text) {
        TAGGER.tag(text); // a place name at the very end once threw StringIndexOutOfBoundsException
    }

    @ParameterizedTest
    @CsvSource({"太阳从东方升起，照亮大地", "东方红歌曲传唱", "香港是东方之珠", "打击犯罪需要全社会参与",
            "和平派出所民警", "城区派出所民警接警"})
    void directionsAndOrdinaryWordsAreNotAgencies(String text) {
        assertTrue(of(text, EntityType.AGENCY).isEmpty(), text + " -> " + TAGGER.tag(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "东方在持续深化“断卡”行动基础上, 断卡",
            "深入开展禁毒三年“固本防风险”行动, 固本防风险",
            "公安部部署统一开展“云剑—2020”专项行动, 云剑—2020",
            "推进常态化扫黑除恶专项斗争, 扫黑除恶",
            "全力开展“扫诈1号、2号、3号”专项打击行动, 扫诈1号、2号、3号"})
    void recognisesCampaignsWithoutQuotesOrGenericTail(String text, String name) {
        assertEquals(name, of(text, EntityType.CAMPAIGN).get(0).name());
    }

    @ParameterizedTest
    @CsvSource({"打掉“两卡”违法犯罪团伙4.2万个", "维护“菜篮子”产品市场秩序", "实现“三降三升”", "第四个“中国人民警察节”如期而至",
            "依托“情报、指挥、行动”一体化运行机制"})
    void quotedNamesThatAreNotOperationsAreNotCampaigns(String text) {
        assertTrue(of(text, EntityType.CAMPAIGN).isEmpty(), text + " -> " + TAGGER.tag(text));
    }

    @Test
    void genericReferencesResolveToTheArticlesAgencyAndCooperatorsDoNotAct() {
        String article = "东方公安为百姓筑起安全屏障\n该局成功破获一起电信网络诈骗案件。"
                + "在网安部门的配合下，民警抓获犯罪嫌疑人6名。公安部会同国家移民局开展行动，打掉团伙12个。";
        ArticleEntities entities = TAGGER.resolve(article, "东方公安为百姓筑起安全屏障");
        assertEquals("东方市公安局", entities.mainAgency().orElseThrow().name());
        assertEquals(Optional.of(new Agency("东方市公安局", "469007")), entities.agencyAt(article.indexOf("一起")));
        assertEquals("东方市公安局", entities.agencyAt(article.indexOf("6名")).orElseThrow().name());
        assertEquals("公安部", entities.agencyAt(article.indexOf("12个")).orElseThrow().name());
    }

    @Test
    void aBodyNamedAsTheClauseSubjectWinsOverTheMainAgency() {
        String article = "2022年全國公安機關破獲電信網絡詐騙案件46.4萬起\n"
                + "公安部建立分級分類預警勸阻機制，累計向各地推送預警指令2.4億條；工信部持續提升行業監測、預警、處置能力，"
                + "累計攔截詐騙電話21億次、短信24.2億條；中央網信辦封堵境外涉詐網址79.9萬個；"
                + "人民銀行持續優化涉詐資金查控，協助公安機關緊急攔截涉案資金3180余億元。";
        ArticleEntities entities = TAGGER.resolve(article, "2022年全國公安機關破獲電信網絡詐騙案件46.4萬起");
        assertEquals("公安部", entities.agencyAt(article.indexOf("2.4億")).orElseThrow().name());
        assertEquals("工業和信息化部", entities.agencyAt(article.indexOf("21億")).orElseThrow().name(),
                "a Traditional article writes the full name in its own script, though 工信部 is the same in both");
        assertEquals("工業和信息化部", entities.agencyAt(article.indexOf("24.2億")).orElseThrow().name());
        assertEquals("中央網信辦", entities.agencyAt(article.indexOf("79.9萬")).orElseThrow().name());
        assertEquals("中國人民銀行", entities.agencyAt(article.indexOf("3180")).orElseThrow().name(),
                "公安機關 after 協助 helps, it does not act");
    }

    @Test
    void theMainAgencyIsOneThatActsNotOneThatGaveOrders() {
        String article = "中新网合肥6月28日电 “自去年以来，全省共打掉涉黑组织21个。”省扫黑办主任介绍说。\n"
                + "据介绍，按照公安部关于夏季治安打击整治“百日行动”的部署要求，安徽省公安机关迅速采取行动。";
        ArticleEntities entities = TAGGER.resolve(article, null);
        assertEquals("安徽省公安厅", entities.mainAgency().orElseThrow().name());
        assertEquals("安徽省公安厅", entities.agencyAt(article.indexOf("21个")).orElseThrow().name());
    }

    @Test
    void aUnitNamedByItsShortNameKeepsTheArticlesBureauAsItsParent() {
        String headline = "湖北鄂州警方“霹雳2号”行动 鄂城分局10日刑拘279人";
        String article = headline + "\n3月14日，鄂州市公安局为期110天的“霹雳2号”专项行动正式吹响号角。鄂城分局连夜部署分工，"
                + "在全市各分局之中率先投入战斗。自行动以来，短短十日内，分局共刑事拘留53人。\n"
                + "3月1日，古楼派出所利用合成作战抓获犯罪嫌疑人汤某，目前汤已交代本地案件5起。";
        ArticleEntities entities = TAGGER.resolve(article, headline);
        assertEquals("鄂州市公安局", entities.mainAgency().orElseThrow().name());
        assertEquals("鄂州市公安局鄂城分局", entities.agencyAt(article.indexOf("279")).orElseThrow().name());
        assertEquals("鄂州市公安局", entities.agencyAt(article.indexOf("110天")).orElseThrow().name());
        assertEquals("鄂州市公安局鄂城分局", entities.agencyAt(article.indexOf("53人")).orElseThrow().name(),
                "a singular 分局 after a named one means that unit");
        assertEquals("鄂州市公安局鄂城分局古楼派出所", entities.agencyAt(article.indexOf("5起")).orElseThrow().name(),
                "a station named after a 分局 belongs to it");
        String taiwan = "新北市警察局公布打詐成果\n警察局表示，共查扣人頭帳戶1,287個。其中板橋分局查獲詐欺集團12個，移送嫌犯168人。";
        ArticleEntities banqiao = TAGGER.resolve(taiwan, "新北市警察局公布打詐成果");
        assertEquals("新北市警察局板橋分局", banqiao.agencyAt(taiwan.indexOf("168")).orElseThrow().name());
        assertEquals("新北市警察局", banqiao.agencyAt(taiwan.indexOf("1,287")).orElseThrow().name(),
                "a bare 警察局 is the article's own bureau");
    }

    @Test
    void aStationWrittenShortIsReadInAnArticleThatNamesOneInFull() {
        String headline = "湖北鄂州警方 鄂城分局10日刑拘279人";
        String article = headline + "\n3月1日，古楼派出所抓获犯罪嫌疑人汤某。3月16日，凤凰所在市局合成作战部门协助下成功打掉"
                + "一个跨省流窜诈骗团伙，抓获犯罪嫌疑人4人。";
        ArticleEntities entities = TAGGER.resolve(article, headline);
        assertEquals("鄂州市公安局鄂城分局凤凰派出所", entities.agencyAt(article.indexOf("4人")).orElseThrow().name(),
                "凤凰所 is 凤凰派出所, under the 分局 named before");
        String noStation = "鄂州市公安局通报。\n3月16日，娱乐场所检查发现隐患12处。";
        assertEquals("鄂州市公安局", TAGGER.resolve(noStation, null).agencyAt(noStation.indexOf("12处")).orElseThrow().name());
    }

    @Test
    void wordsBeforeAUnitThatAreNoNameAndPlacesElsewhereNameNoUnit() {
        assertTrue(of("反詐中心對接東塔寺派出所值班民警", EntityType.SUB_UNIT).isEmpty(), "東塔寺 is longer than two characters");
        assertTrue(of("从全市六个行政分局的数据来看", EntityType.SUB_UNIT).isEmpty());
        assertTrue(of("在全市各分局之中率先投入战斗", EntityType.SUB_UNIT).isEmpty());
        assertTrue(of("在辖区派出所申请办理落户", EntityType.SUB_UNIT).isEmpty());
        assertEquals("大溪分局", of("大溪警分局指出", EntityType.SUB_UNIT).get(0).name());
        String article = "鄂州市公安局通报。\n儋州分局破获案件12起。";
        assertEquals("鄂州市公安局", TAGGER.resolve(article, null).agencyAt(article.indexOf("12起")).orElseThrow().name(),
                "儋州 is no place of 鄂州: the unit is not the bureau's and counts as a generic reference");
    }

    @Test
    void nationalPoliceIsTaiwansOwnInAnArticleFromTaiwan() {
        String headline = "全國警方18個月來受理詐騙件數、財損金額下降逾三成";
        String article = headline + "\n桃園市警局最新統計，今年春節放假期間，全市詐騙報案比去年減少3成2。";
        ArticleEntities taiwan = TAGGER.resolve(article, headline);
        assertEquals("內政部警政署", taiwan.agencyAt(article.indexOf("下降")).orElseThrow().name());
        assertEquals("桃園市警局", taiwan.agencyAt(article.indexOf("減少")).orElseThrow().name());
        String mainland = "全国警方今年共破获电信网络诈骗案件39.4万起。";
        assertEquals("公安部", TAGGER.resolve(mainland, null).agencyAt(mainland.indexOf("39.4")).orElseThrow().name());
    }

    @Test
    void campaignScopeIsItsClauseOrTheSentenceItFrames() {
        String article = "禁毒工作持续发力。深入开展禁毒三年“固本防风险”行动，以开展“清源断流”“春夏攻势”等行动为抓手，"
                + "全年破获37起毒品犯罪案件。户政服务持续优化，对全市274所学校开展“扫校办证”专项工作，超85000名学生办证。";
        ArticleEntities entities = TAGGER.resolve(article, null);
        assertEquals(Optional.of("扫校办证"), entities.campaignAt(article.indexOf("274所")));
        assertEquals(Optional.of("扫校办证"), entities.campaignAt(article.indexOf("85000名")));
        assertTrue(entities.campaignAt(article.indexOf("37起")).map(c -> !c.equals("春夏攻势")).orElse(true),
                "a listed means-campaign does not scope the fact");
    }

    @Test
    void aPhraseReferringBackContinuesTheLastNamedCampaign() {
        String article = "鄂城分局战果丰硕\n3月14日，鄂州市公安局为期110天的“霹雳2号”专项行动正式吹响号角。鄂城分局连夜部署分工。"
                + "自行动以来，短短十日内，分局共刑事拘留53人、行政拘留226人、强戒11人、打掉刑事团伙7个、行政团伙2个，取得丰硕战果。";
        ArticleEntities entities = TAGGER.resolve(article, "鄂城分局战果丰硕");
        assertEquals(Optional.of("霹雳2号"), entities.campaignAt(article.indexOf("53人")));
        assertEquals(Optional.of("霹雳2号"), entities.campaignAt(article.indexOf("2个")));
        String orphan = "自行动以来，共抓获犯罪嫌疑人12人。";
        assertTrue(TAGGER.resolve(orphan, null).campaignAt(orphan.indexOf("12")).isEmpty(), "nothing to refer back to");
    }

    @Test
    void aCampaignOpeningOrIntroducedInASentenceScopesAllItsLaterClausesUntilAnotherTakesOver() {
        String article = "全国公安机关夏季治安打击整治行动6月开展以来，共破获毒品犯罪案件7000多起，抓获毒品犯罪嫌疑人1万余名，"
                + "缴获各类毒品4.8吨，有力防范遏制了毒情反弹风险。“春雷”行动开展以来，共破获案件30起，同时开展“净网”专项行动，"
                + "查处网吧12家，关停网站5个，抓获嫌疑人8名。";
        ArticleEntities entities = TAGGER.resolve(article, null);
        assertEquals(Optional.of("夏季治安打击整治"), entities.campaignAt(article.indexOf("4.8吨")));
        assertEquals(Optional.of("春雷"), entities.campaignAt(article.indexOf("30起")));
        assertEquals(Optional.of("净网"), entities.campaignAt(article.indexOf("8名")), "a later campaign takes over");
    }

    @Test
    void theLeadsOnlyCampaignFramesTheArticlesParagraphsThatNameNoOther() {
        String article = "中新网北京7月29日电 公安部于4月20日在全国范围部署开展打击食药环和知识产权犯罪“昆仑2021”专项行动，"
                + "截至6月底，共侦破案件2.3万起。\n当日，公安部召开新闻发布会。\n"
                + "在依法严厉打击危害食品和粮食安全犯罪方面，截至6月底，全国公安机关共侦破有毒有害食品犯罪案件2300余起，"
                + "抓获犯罪嫌疑人3700余名。\n在保护知识产权方面，各地深入开展打击侵权专项整治行动，查处了52起案件。";
        ArticleEntities entities = TAGGER.resolve(article, null);
        assertEquals(Optional.of("昆仑2021"), entities.campaignAt(article.indexOf("2300")));
        assertEquals(Optional.of("昆仑2021"), entities.campaignAt(article.indexOf("3700")));
        assertTrue(entities.campaignAt(article.indexOf("52起")).isEmpty(), "a paragraph with an unnamed operation of its own");
    }

    @Test
    void aLeadNamingSeveralCampaignsFramesNothing() {
        String article = "記者從會上獲悉，公安部統籌開展“云劍”“斷卡”“斷流”等專項行動，會同外交部聯合部署開展“拔釘”行動。\n"
                + "公安部建立預警勸阻機制，累計推送預警指令2.4億條；工信部累計攔截詐騙電話21億次。";
        ArticleEntities entities = TAGGER.resolve(article, null);
        assertTrue(entities.campaignAt(article.indexOf("2.4億")).isEmpty());
        assertTrue(entities.campaignAt(article.indexOf("21億")).isEmpty());
    }

    @Test
    void anotherFramingCampaignEndsTheArticlesFrameAndAHeadlineBeforeTheLeadHasNone() {
        String headline = "2021年青岛海关侦办走私犯罪案件195起";
        String article = headline + "\n本报讯 青岛海关全面推进“国门利剑2021”联合专项行动，全年共侦办走私犯罪案件195起。\n"
                + "青岛海关深入开展打击“洋垃圾”走私“蓝天”专项行动，刑事立案5起。\n"
                + "严厉打击重点涉税商品走私，共立案侦办涉税走私犯罪案件111起。";
        ArticleEntities entities = TAGGER.resolve(article, headline);
        assertTrue(entities.campaignAt(article.indexOf("195起")).isEmpty(), "the headline comes before the lead");
        assertEquals(Optional.of("国门利剑2021"), entities.campaignAt(article.lastIndexOf("195起")));
        assertEquals(Optional.of("蓝天"), entities.campaignAt(article.indexOf("立案5起") + 2));
        assertTrue(entities.campaignAt(article.indexOf("111起")).isEmpty(), "蓝天 took over from the frame");
    }

    @Test
    void aHeadlinesCampaignFramesTheWholeArticle() {
        String headline = "湖北鄂州警方“霹雳2号”行动 鄂城分局10日刑拘279人";
        String article = headline + "\n鄂城分局将打击“盗抢骗”、网络电信诈骗专项行动融入“霹雳2号”行动之中，全力开展破案追逃。"
                + "3月16日，凤凰所成功打掉一个跨省流窜诈骗团伙，抓获犯罪嫌疑人王某、朱某等4人。";
        ArticleEntities entities = TAGGER.resolve(article, headline);
        assertEquals(Optional.of("霹雳2号"), entities.campaignAt(article.indexOf("4人")));
        String unquoted = "亮剑成效：捣毁窝点2.2万余个";
        String body = unquoted + "\n全国公安机关开展打击侵犯知识产权犯罪“亮剑”行动，重点发起了打击假药的“四大战役”。\n"
                + "截至目前，破获侵犯知识产权犯罪案件2.8万余起。";
        ArticleEntities sword = TAGGER.resolve(body, unquoted);
        assertEquals(Optional.of("亮剑"), sword.campaignAt(body.indexOf("2.2万")), "the headline names the article's campaign");
        assertEquals(Optional.of("亮剑"), sword.campaignAt(body.indexOf("2.8万")), "a campaign named in passing takes over nothing");
    }

    @Test
    void aCampaignIntroducedByAMeetingOnItFramesTheArticle() {
        String article = "近日，广东省公安厅召开全省公安机关“猎狐2014”专项行动大决战视频部署会。\n"
                + "截至12月3日，广东省公安机关共从18个国家和地区抓获外逃经济犯罪嫌疑人63名。";
        assertEquals(Optional.of("猎狐2014"), TAGGER.resolve(article, null).campaignAt(article.indexOf("63名")));
    }

    @Test
    void aFirstBodyLineTakenAsHeadlineDoesNotChooseTheMainAgency() {
        String first = "根據合肥市公安局統一部署，5月20日上午，巢湖市公安局在全市範圍內開展集中收網抓捕行動。";
        String article = first + "\n隨着現場指揮員一聲令下，100名警力分成數個小組奔赴各區域。";
        ArticleEntities entities = TAGGER.resolve(article, first);
        assertEquals("巢湖市公安局", entities.mainAgency().orElseThrow().name());
        assertEquals("巢湖市公安局", entities.agencyAt(article.indexOf("100名")).orElseThrow().name());
    }

    @Test
    void anUndertakingThatIsNoOperationFramesNothing() {
        String article = "上半年，全市上下统筹推进各项工作，大力开展“创新提升年”活动，国民经济运行开局良好。\n"
                + "上半年，全市实现地区生产总值656.58亿元。";
        assertTrue(TAGGER.resolve(article, article.substring(0, article.indexOf('\n')))
                .campaignAt(article.indexOf("656")).isEmpty(), "a first line with a full stop is no headline either");
    }

    // A backend's ORGANIZATION spans (CoreNLP) are agency candidates only where our lexicons find no named agency.
    @Test
    void organisationHintsNameAnAgencyOurLexiconsMiss() {
        String text = "大溪镇消防救援中心通报，本月共出动救援12次。";
        String org = "大溪镇消防救援中心";
        io.newsfacts.segment.EntityHint hint = new io.newsfacts.segment.EntityHint(org, "ORGANIZATION", null, 0, org.length());
        assertTrue(TAGGER.resolve(text, null).agencyAt(text.indexOf("12")).isEmpty());
        assertTrue(TAGGER.resolve(text, null, List.of(hint)).agencyAt(text.indexOf("12")).isEmpty(),
                "中心 does not end like an agency");
        String police = "大溪镇警察局通报，本月共查处酒驾12件。";
        io.newsfacts.segment.EntityHint station = new io.newsfacts.segment.EntityHint("大溪镇警察局", "ORGANIZATION", null, 0, 6);
        assertEquals("大溪镇警察局", TAGGER.resolve(police, null, List.of(station)).agencyAt(police.indexOf("12"))
                .map(Agency::name).orElse(null));
    }

    @Test
    void organisationHintsNeverOverrideANamedAgencyOrAGenericReference() {
        String text = "儋州市公安局通报，国家反诈中心下发线索12条。";
        io.newsfacts.segment.EntityHint hint = new io.newsfacts.segment.EntityHint("国家反诈中心", "ORGANIZATION", null, 9, 15);
        assertEquals(TAGGER.resolve(text, null).agencyAt(text.indexOf("12")),
                TAGGER.resolve(text, null, List.of(hint)).agencyAt(text.indexOf("12")));
        String generic = "市公安局破获案件12起。";
        io.newsfacts.segment.EntityHint g = new io.newsfacts.segment.EntityHint("市公安局", "ORGANIZATION", null, 0, 4);
        assertEquals(TAGGER.resolve(generic, null).agencyAt(generic.indexOf("12")),
                TAGGER.resolve(generic, null, List.of(g)).agencyAt(generic.indexOf("12")));
    }

    @Test
    void aBareInstitutionIsTheAgencyWhenNoneIsNamedWithItsPlace() {
        ArticleEntities hk = TAGGER.resolve("海關毒品調查科及機場科去年10至12月展開聯合執法行動，共破獲183宗販毒案。", null);
        assertEquals("海關", hk.agencyAt(30).orElseThrow().name());
        ArticleEntities named = TAGGER.resolve("北京海关查获走私冻品。海关人员在现场查扣冻品3000多吨。", null);
        assertEquals("北京海关", named.agencyAt(20).orElseThrow().name());
    }

    @Test
    void aLevelledReferenceWithNoPlaceInTheArticleIsKeptAsWritten() {
        String text = "记者从省公安厅召开的新闻发布会上获悉，截至目前共侦破网络违法犯罪案件3367起。";
        assertEquals("省公安厅", TAGGER.resolve(text, null).agencyAt(text.indexOf("3367")).orElseThrow().name());
        String placed = "甘肃省兰州等地降雪。全省公安机关出动警力1200人次。";
        assertEquals("甘肃省公安厅", TAGGER.resolve(placed, null).agencyAt(placed.indexOf("1200")).orElseThrow().name());
        String bare = "该局今年共破获案件20起。";
        assertTrue(TAGGER.resolve(bare, null).agencyAt(bare.indexOf("20")).isEmpty(), "该局 names nothing");
    }

    @Test
    void aGovernmentSitesHostNamesThePlaceAnArticleLeavesOut() {
        String text = "2021年以来，全市公安机关强力推进各项重点工作。截至目前，全市刑事案件同比下降8.37%。";
        int at = text.indexOf("8.37");
        assertEquals("运城市公安局", TAGGER.resolve(text, null, List.of(), "http://gaj.yuncheng.gov.cn/site/public/showinfo.aspx?id=1")
                .agencyAt(at).orElseThrow().name());
        String bulletin = "本月接报刑事类警情环比下降11.43%。";
        assertEquals("厦门市公安局", TAGGER.resolve(bulletin, null, List.of(), "https://ga.xm.gov.cn/xmjx/jqtb/202509/t1.htm")
                .agencyAt(5).orElseThrow().name());
        assertTrue(TAGGER.resolve(bulletin, null, List.of(), "https://tjj.xm.gov.cn/t1.htm").agencyAt(5).isEmpty(),
                "a statistics bureau's site is not a police body's");
        assertTrue(TAGGER.resolve(bulletin, null, List.of(), "https://www.xiamen.com/t1.htm").agencyAt(5).isEmpty(),
                "outside gov.cn a host name is a brand");
        String named = "儋州市公安局全年破获案件20起。";
        assertEquals("儋州市公安局", TAGGER.resolve(named, null, List.of(), "http://gaj.yuncheng.gov.cn/a")
                .agencyAt(named.indexOf("20")).orElseThrow().name(), "an agency named in the text wins");
    }

    @Test
    void aProvincialReferenceTakesTheProvinceOfTheCityNamedAndOutranksABodyNamedInPassing() {
        String text = "杭州网讯 2015年，全省共破获毒品犯罪案件7200余起。我省禁毒工作经验被国家禁毒委推广。"
                + "全省公安禁毒系统共有4个集体荣立二等功。";
        assertEquals("浙江省公安厅", TAGGER.resolve(text, null).agencyAt(text.indexOf("7200")).orElseThrow().name());
    }

    @Test
    void macauPoliceNamedAsTheTerritorysPolice() {
        String text = "今年首三季本澳警方共開立刑事專案調查案件10,831宗。";
        assertEquals("澳門警方", TAGGER.resolve(text, null).agencyAt(text.indexOf("10,831")).orElseThrow().name());
    }

    @Test
    void hongKongPoliceNamedOnlyAsPoliceIsTheHongKongPoliceForce() {
        ArticleEntities hk = TAGGER.resolve("2021年香港整體治安情況。警方表示，整體罪案數字上升。全年拘捕人數為24 500人。", null);
        assertEquals("香港警務處", hk.agencyAt(35).orElseThrow().name());
    }
}
