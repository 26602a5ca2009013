package io.newsfacts.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication dates written into news addresses (the URL shapes of the sites in ../shared/corpus/news). */
class UrlDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "http://qiye.example.com/shangye/2022/0414/4899.html, 2022-04-14, true",
            "https://szxc.example.gov.cn/jianwu/baxiang/202207/t20220720_1413912.shtml, 2022-07-20, true",
            "http://big5.example.gov.cn/gate/big5/jrzg/2014-02/11/content_2583043.htm, 2014-02-11, true",
            "https://example.com/news/20160120/429725.html, 2016-01-20, true",
            "https://www.example.com/realtimenews/20211229003341-260402, 2021-12-29, true",
            "https://www.example.gov.cn/art/2024/11/14/art_1688422_176045.html, 2024-11-14, true",
            "http://sc.example.gov.hk/gia/general/202201/27/P2022012700577.htm, 2022-01-27, true",
            "https://www.example.net/tianshui/news/201508/3985454.html, 2015-08-01, false"})
    void readsTheDateAPathNames(String url, String date, boolean isDay) {
        UrlDate d = UrlDate.of(url).orElseThrow();
        assertEquals(LocalDate.parse(date), d.date());
        assertEquals(isDay, d.isDay());
    }

    @ParameterizedTest
    @CsvSource({
            "http://gaj.example.gov.cn/site/public/showinfo.aspx?id=2021123117234655940108",
            "https://udn.com/news/story/7320/9141296",
            "http://1.62.100.15/wab.php?VyI=Il.html",
            "https://example.com/2022/1399/x.html"})
    void ignoresNumbersThatAreNotDates(String url) {
        assertTrue(UrlDate.of(url).isEmpty(), url + " -> " + UrlDate.of(url));
    }

    @Test
    void noUrlNoDate() {
        assertTrue(UrlDate.of(null).isEmpty());
        assertTrue(UrlDate.of("").isEmpty());
    }
}
