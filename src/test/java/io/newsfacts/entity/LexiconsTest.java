package io.newsfacts.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconsTest {

    @Test
    void aRowWithGroupsStandsForEveryCombination() {
        assertEquals(List.of("全省生态环境部门", "全省生态环境系统", "全省各级生态环境部门", "全省各级生态环境系统",
                        "全市生态环境部门", "全市生态环境系统", "全市各级生态环境部门", "全市各级生态环境系统"),
                Lexicons.expand("{全省|全市}{|各级}生态环境{部门|系统}"));
        assertEquals(List.of("该局"), Lexicons.expand("该局"));
    }

    @Test
    void malformedGroupsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lexicons.expand("{全省|全市生态环境部门"))
                .getMessage().contains("unclosed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Lexicons.expand("全省|全市"))
                .getMessage().contains("outside"));
    }

    @Test
    void theShippedGenericsHoldTheDepartmentsOfAProvince() {
        List<String> generics = Lexicons.phrases("models/entity/generic-agencies.tsv", "phrase");
        assertTrue(generics.containsAll(List.of("全省各级生态环境部门", "我市市场监管系统", "省生态环境厅", "全市公安机关")));
    }
}
