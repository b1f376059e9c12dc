package dev.pql.data;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.apache.calcite.schema.Schema;

/**
 * A kind of source that lives in a module of its own, outside the engine's jar, because its
 * libraries are large and most users do not need them (Spark: {@code pql-spark.jar}). Found with
 * {@link java.util.ServiceLoader}; without the module on the class path, ATTACH of that kind says
 * which jar to add. The engine reads such a source's tables through Calcite like any other source,
 * and hands it whole statements it can answer where the data is: a query that names only its
 * tables, and {@code CREATE TABLE source.t AS ...}, with the PREDICTs inside run by the source too.
 */
public interface SourceProvider extends AutoCloseable {
    /** The kind it serves: the word after ATTACH. */
    Attachment.Kind kind();

    /** The options ATTACH takes for this kind, lower case. */
    List<String> options();

    /**
     * Reaches the source once (bounded in time) and returns what to keep about it, with its
     * product name; throws a PqlException saying why when it cannot be reached.
     */
    Attachment attach(Attachment requested);

    /** Forgets the source (its data is not touched). */
    void detach(Attachment a);

    /** Its tables as Calcite reads them (rows come to this process). */
    Schema schema(Attachment a);

    /** The names of its tables now. */
    List<String> tables(Attachment a);

    /**
     * Runs a query that names only this source's tables, and perhaps PREDICTs over them, where the
     * data is; rows stream back as the result is read.
     *
     * @param models the database's model folder, for the PREDICTs inside
     */
    ResultSet query(Attachment a, String sql, Path models);

    /**
     * The rows to train a model on, from a query that names only this source's tables: all of them
     * when there are few enough for the training process, else a uniform random sample of a size
     * the source's settings bound, so that a table of a billion rows never comes whole to this
     * process. Adds a line to {@code notes} saying which. Null when the query is not for this source.
     */
    ResultSet trainingRows(Attachment a, String sql, Path models, List<String> notes);

    /**
     * {@code CREATE TABLE source.table AS query}: the source writes the table itself, and nothing
     * comes back; the table is complete or absent. Returns the number of rows written. Reports the
     * job's partitions done to {@code progress} as it runs.
     */
    long createTable(Attachment a, String table, String query, Path models, PartitionProgress progress);

    @Override
    void close();
}
