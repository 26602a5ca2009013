package io.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.io.Json;
import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.numeral.QuantityTagger;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Reads text lines on stdin and writes their numerals, quantities, money and percentages as JSON lines. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Tag numerals, quantities, money and percentages in each stdin line; one JSON object per line.")
final class QuantitiesCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        QuantityTagger tagger = QuantityTagger.fromDefaultModels();
        ObjectMapper mapper = Json.mapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            List<String> warnings = new ArrayList<>();
            ObjectNode row = mapper.createObjectNode();
            row.put("text", line);
            ArrayNode mentions = row.putArray("mentions");
            for (QuantityMention m : tagger.tag(line, warnings::add)) {
                ObjectNode o = mentions.addObject();
                o.put("text", m.text()).put("start", m.start()).put("end", m.end()).put("kind", m.kind().json());
                o.put("value", m.value());
                if (m.max() != null) {
                    o.put("max", m.max());
                }
                o.put("unit", m.unit());
                o.put("approx", m.approx() == null ? null : m.approx().json());
            }
            if (!warnings.isEmpty()) {
                warnings.forEach(row.putArray("warnings")::add);
            }
            out.println(mapper.writeValueAsString(row));
        }
        out.flush();
        return 0;
    }
}
