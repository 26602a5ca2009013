package io.newsfacts.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.numeral.QuantityTagger;
import io.newsfacts.time.TimeMention;
import io.newsfacts.time.TimeTagger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for the numeral and time parsers. Both promise "never throws on any input" and mentions in text order,
 * not overlapping, with offsets inside the text and their own text at those offsets. Regression inputs live in
 * src/test/resources/io/newsfacts/fuzz/TaggerFuzzTestInputs/METHOD/. Fuzz one for real with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=TaggerFuzzTest#quantities}.
 */
class TaggerFuzzTest {

    private static final QuantityTagger QUANTITIES = QuantityTagger.fromDefaultModels();
    private static final TimeTagger TIMES = TimeTagger.fromDefaultModels();
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2024, 1, 10, 8, 0);

    @FuzzTest(maxDuration = "3m")
    @DictionaryEntries({"万亿", "亿元", "余名", "多万", "百分之", "个百分点", "同比", "增长", "下降", "至", "约", "近", "三成",
            "千分之", "两", "零", "〇", "壹", "拾", "佰", "仟", "萬", "億", "％", "１２", "5万4千6百", "一千零十", "负"})
    void quantities(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<QuantityMention> mentions = QUANTITIES.tag(text, warning -> { });
        int previousEnd = 0;
        for (QuantityMention m : mentions) {
            assertTrue(previousEnd <= m.start() && m.start() < m.end() && m.end() <= text.length(), () -> m + " in " + text);
            assertEquals(text.substring(m.start(), m.end()), m.text(), () -> m + " in " + text);
            previousEnd = m.end();
        }
    }

    @FuzzTest(maxDuration = "3m")
    @DictionaryEntries({"年", "月", "日", "今年", "去年", "前年", "以来", "截至", "上半年", "第一季度", "前10个月", "同期",
            "2023年", "10月20日", "至", "期间", "春节", "号", "时", "分", "周", "上旬", "年底", "年初", "〇二三年"})
    void times(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        checkTimes(text, TIMES.tag(text, REFERENCE));
        checkTimes(text, TIMES.tag(text, null));
    }

    private static void checkTimes(String text, List<TimeMention> mentions) {
        int previousEnd = 0;
        for (TimeMention t : mentions) {
            assertTrue(previousEnd <= t.start() && t.start() < t.end() && t.end() <= text.length(), () -> t + " in " + text);
            assertEquals(text.substring(t.start(), t.end()), t.text(), () -> t + " in " + text);
            previousEnd = t.end();
        }
    }
}
