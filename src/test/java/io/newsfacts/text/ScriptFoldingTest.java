package io.newsfacts.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptFoldingTest {

    /** The shipped table is HanLP's one-to-one conversion: regenerate it if a HanLP upgrade makes this fail. */
    @Test
    void theShippedTableIsHanLpsOneToOneConversion() {
        char[] shipped = ScriptFolding.instance().table();
        char[] hanlp = ScriptFolding.fromHanLP();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < shipped.length; i++) {
            if (shipped[i] != hanlp[i]) {
                differences.add((char) ('\u3400' + i) + ": table " + shipped[i] + ", HanLP " + hanlp[i]);
            }
        }
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
                differences.size() + " characters differ from " + ScriptFolding.TABLE_FILE);
    }

    @Test
    void foldsTraditionalCharactersOneForOne() {
        ScriptFolding folding = ScriptFolding.instance();
        assertEquals("警政署查获毒品", folding.toSimplified("警政署查獲毒品"));
        String text = "臺北市政府警察局破獲詐騙集團";
        assertEquals(text.length(), folding.toSimplified(text).length(), "offsets never move");
        assertTrue(ScriptFolding.isTraditional(text, folding.toSimplified(text)));
    }
}
