package io.newsfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.io.Json;
import io.newsfacts.time.PublicationDate;
import io.newsfacts.time.TimeMention;
import io.newsfacts.time.TimeTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

/** Reads text lines on stdin and writes their time expressions, resolved against a reference date-time. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Tag time expressions in each stdin line, resolved against --reference; one JSON object per line.")
final class TimesCommand implements Callable<Integer> {

    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Option(names = "--reference", description = "Reference date-time (ISO, e.g. 2024-01-10T00:00:00 or 2024-01-10).")
    String reference;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDateTime ref = null;
        if (reference != null) {
            ref = PublicationDate.parse(reference).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--reference is not a date: " + reference));
        }
        TimeTagger tagger = TimeTagger.fromDefaultModels();
        ObjectMapper mapper = Json.mapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            ObjectNode row = mapper.createObjectNode();
            row.put("text", line);
            ArrayNode mentions = row.putArray("mentions");
            // a Traditional line with a Taiwan marker counts two-digit years from the Republic, as the pipeline does
            boolean minguo = tagger.countsMinguoYears(line, io.newsfacts.text.ScriptFolding.instance().toSimplified(line));
            for (TimeMention m : tagger.tag(line, ref, minguo)) {
                ObjectNode o = mentions.addObject();
                o.put("text", m.text()).put("start", m.start()).put("end", m.end()).put("kind", m.kind().json());
                o.put("from", m.from() == null ? null : m.from().format(ISO));
                o.put("to", m.to() == null ? null : m.to().format(ISO));
                o.put("grain", m.grain().json());
                o.put("period", m.period());
            }
            out.println(mapper.writeValueAsString(row));
        }
        out.flush();
        return 0;
    }
}
