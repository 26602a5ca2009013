package io.newsfacts.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class io.newsfacts.spark.SparkMain target/newsfacts.jar --input DOCS.jsonl --output DIR
 * [--format parquet|jsonl]}: documents as JSON Lines ({@code id}, {@code text}, optional {@code published}) in, fact
 * rows out.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        String input = null;
        String output = null;
        String format = "parquet";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> input = value(args, ++i);
                case "--output" -> output = value(args, ++i);
                case "--format" -> format = value(args, ++i);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (input == null || output == null) {
            usage("--input and --output are required");
        }
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            usage("--format must be parquet or jsonl, not " + format);
        }
        SparkSession spark = SparkSession.builder().appName("newsfacts").getOrCreate();
        try {
            Dataset<Row> docs = spark.read().json(input);
            Dataset<Row> facts = NewsFactsSpark.extract(docs);
            if (format.equals("parquet")) {
                facts.write().mode(SaveMode.Overwrite).parquet(output);
            } else {
                facts.write().mode(SaveMode.Overwrite).json(output);
            }
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("missing value after " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("newsfacts on Spark: " + problem);
        System.err.println("usage: spark-submit --class io.newsfacts.spark.SparkMain newsfacts.jar --input DOCS.jsonl --output DIR [--format parquet|jsonl]");
        System.exit(2);
    }
}
