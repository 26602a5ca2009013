package io.newsfacts.io;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.newsfacts.Fact;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSV with a header of the FACTS.md fields; {@code change} is flattened into changeDirection … changeBasis. */
public final class CsvFactWriter implements FactWriter {

    static final List<String> COLUMNS = List.of("doc", "agency", "campaign", "metric", "metricId", "value", "unit",
            "approx", "changeDirection", "changePercent", "changeAmount", "changeBasis", "period", "text", "start", "end",
            "sentence", "rule", "confidence", "agencyCode");

    private final CsvMapper mapper = new CsvMapper();
    private final CsvSchema schema;
    private final JsonlFactWriter.CountingOutput out;

    public CsvFactWriter(OutputStream out, long alreadyWritten) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        this.schema = b.build();
        this.out = new JsonlFactWriter.CountingOutput(out, alreadyWritten);
        if (alreadyWritten == 0) {
            this.out.write(JsonlFactWriter.utf8(String.join(",", COLUMNS) + "\n"));
        }
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        for (Fact f : facts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doc", f.doc());
            row.put("agency", f.agency());
            row.put("campaign", f.campaign());
            row.put("metric", f.metric());
            row.put("metricId", f.metricId());
            row.put("value", f.value() == null ? null : f.value().toPlainString());
            row.put("unit", f.unit());
            row.put("approx", f.approx());
            row.put("changeDirection", f.change() == null ? null : f.change().direction());
            row.put("changePercent", f.change() == null || f.change().percent() == null ? null : f.change().percent().toPlainString());
            row.put("changeAmount", f.change() == null || f.change().amount() == null ? null : f.change().amount().toPlainString());
            row.put("changeBasis", f.change() == null ? null : f.change().basis());
            row.put("period", f.period());
            row.put("text", f.text());
            row.put("start", f.start());
            row.put("end", f.end());
            row.put("sentence", f.sentence());
            row.put("rule", f.rule());
            row.put("confidence", f.confidence());
            row.put("agencyCode", f.agencyCode());
            out.write(mapper.writer(schema).writeValueAsBytes(row));
        }
    }

    @Override
    public long flushedLength() throws IOException {
        out.flush();
        return out.count();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
