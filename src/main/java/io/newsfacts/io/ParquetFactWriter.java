package io.newsfacts.io;

import io.newsfacts.Fact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Parquet through DuckDB in process (no Hadoop): facts are staged as JSON Lines next to the output and converted with
 * an explicit schema on close ({@code change} as a struct). DuckDB is an optional dependency; without it this writer
 * refuses to start and says how to get it.
 */
public final class ParquetFactWriter implements FactWriter {

    private static final String COLUMNS = "{'doc':'VARCHAR','agency':'VARCHAR','campaign':'VARCHAR','metric':'VARCHAR',"
            + "'metricId':'VARCHAR','value':'DOUBLE','unit':'VARCHAR','approx':'VARCHAR',"
            + "'change':'STRUCT(direction VARCHAR, percent DOUBLE, amount DOUBLE, basis VARCHAR)','period':'VARCHAR',"
            + "'text':'VARCHAR','start':'INTEGER','end':'INTEGER','sentence':'VARCHAR','rule':'VARCHAR',"
            + "'confidence':'DOUBLE','agencyCode':'VARCHAR'}";

    private final Path output;
    private final Path staging;
    private final JsonlFactWriter jsonl;

    public ParquetFactWriter(Path output) throws IOException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IOException("--format parquet needs DuckDB (org.duckdb:duckdb_jdbc) on the class path: keep "
                    + "target/lib/duckdb_jdbc-*.jar beside newsfacts.jar, or add the dependency to your project");
        }
        this.output = output;
        this.staging = Files.createTempFile(output.toAbsolutePath().getParent(), output.getFileName().toString(), ".staging.jsonl");
        OutputStream out = Files.newOutputStream(staging);
        this.jsonl = new JsonlFactWriter(out, 0);
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        jsonl.write(facts);
    }

    @Override
    public long flushedLength() throws IOException {
        return jsonl.flushedLength();
    }

    @Override
    public void close() throws IOException {
        jsonl.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            Files.deleteIfExists(output);
            st.execute("COPY (SELECT * FROM read_json('" + sql(staging) + "', format='newline_delimited', columns=" + COLUMNS
                    + ")) TO '" + sql(output) + "' (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet to " + output + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
