package io.newsfacts.spark;

import io.newsfacts.Change;
import io.newsfacts.Fact;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;

/** The FACTS.md record as a Spark row: same field names and order, {@code change} as a nested struct. */
public final class FactRows {

    private FactRows() {
    }

    public static final StructType CHANGE = new StructType(new StructField[]{
            field("direction", DataTypes.StringType),
            field("percent", DataTypes.DoubleType),
            field("amount", DataTypes.DoubleType),
            field("basis", DataTypes.StringType)});

    public static final StructType SCHEMA = new StructType(new StructField[]{
            field("doc", DataTypes.StringType),
            field("agency", DataTypes.StringType),
            field("campaign", DataTypes.StringType),
            field("metric", DataTypes.StringType),
            field("metricId", DataTypes.StringType),
            field("value", DataTypes.DoubleType),
            field("unit", DataTypes.StringType),
            field("approx", DataTypes.StringType),
            field("change", CHANGE),
            field("period", DataTypes.StringType),
            field("text", DataTypes.StringType),
            field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType),
            field("sentence", DataTypes.StringType),
            field("rule", DataTypes.StringType),
            field("confidence", DataTypes.DoubleType),
            field("agencyCode", DataTypes.StringType)});

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    public static Row toRow(Fact f) {
        Change c = f.change();
        Row change = c == null ? null : RowFactory.create(c.direction(), number(c.percent()), number(c.amount()), c.basis());
        return RowFactory.create(f.doc(), f.agency(), f.campaign(), f.metric(), f.metricId(), number(f.value()), f.unit(),
                f.approx(), change, f.period(), f.text(), f.start(), f.end(), f.sentence(), f.rule(), f.confidence(),
                f.agencyCode());
    }

    private static Double number(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
