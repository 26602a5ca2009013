package io.newsfacts.spark;

import io.newsfacts.Document;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * newsfacts on Apache Spark. {@link #extract(Dataset)} turns a Dataset of documents ({@code id}, {@code text}, optional
 * {@code published}, {@code title}) into a Dataset of fact rows with the FACTS.md schema ({@link FactRows#SCHEMA}).
 * {@link #register(SparkSession)} adds the SQL function {@code newsfacts(id, text, published)} returning an array of fact
 * structs, for SQL and PySpark. Each executor JVM builds one extractor, lazily, and shares it across its tasks; nothing
 * but the function object travels with the closure.
 */
public final class NewsFactsSpark {

    private NewsFactsSpark() {
    }

    /** One extractor per JVM, built on first use (about a second) and shared by all tasks: it is thread-safe. */
    static final class Extractor {
        private static volatile NewsFacts instance;

        static NewsFacts get() {
            NewsFacts n = instance;
            if (n == null) {
                synchronized (Extractor.class) {
                    n = instance;
                    if (n == null) {
                        instance = n = NewsFacts.builder().build();
                    }
                }
            }
            return n;
        }

        private Extractor() {
        }
    }

    public static Dataset<Row> extract(Dataset<Row> documents) {
        List<String> columns = Arrays.asList(documents.columns());
        if (!columns.contains("id") || !columns.contains("text")) {
            throw new IllegalArgumentException("the documents need columns 'id' and 'text'; they have " + columns);
        }
        boolean hasPublished = columns.contains("published");
        boolean hasTitle = columns.contains("title");
        MapPartitionsFunction<Row, Row> extract = rows -> {
            NewsFacts newsFacts = Extractor.get();
            List<Row> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                Object text = r.getAs("text");
                Object id = r.getAs("id");
                if (text == null || id == null) {
                    continue;
                }
                Document d = new Document(String.valueOf(id), String.valueOf(text),
                        hasTitle ? (String) r.getAs("title") : null,
                        hasPublished ? stringOrNull(r.getAs("published")) : null, null);
                for (Fact f : newsFacts.extract(d).facts()) {
                    out.add(FactRows.toRow(f));
                }
            }
            return out.iterator();
        };
        return documents.mapPartitions(extract, ExpressionEncoder.apply(FactRows.SCHEMA));
    }

    /** Registers {@code newsfacts(id, text, published)} → {@code array<struct<…FACTS fields…>>}. */
    public static void register(SparkSession spark) {
        UDF3<String, String, String, Row[]> udf = (id, text, published) -> {
            if (id == null || text == null) {
                return new Row[0];
            }
            List<Fact> facts = Extractor.get().extract(new Document(id, text, null, published, null)).facts();
            Row[] rows = new Row[facts.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = FactRows.toRow(facts.get(i));
            }
            return rows;
        };
        spark.udf().register("newsfacts", udf, DataTypes.createArrayType(FactRows.SCHEMA));
    }

    private static String stringOrNull(Object o) {
        return o == null ? null : String.valueOf(o);
    }

}
