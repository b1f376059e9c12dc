package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A PQL database's physical home: the embedded H2 store (tables) and the folder that holds the
 * model registry. {@code mem:} databases keep both in memory / a temporary folder.
 */
public final class Store implements AutoCloseable {
    private final JdbcDataSource dataSource;
    private final Path modelDir;
    private final boolean inMemory;
    private final Connection keepAlive;

    private Store(String h2Url, Path modelDir, boolean inMemory) {
        this.dataSource = new JdbcDataSource();
        this.dataSource.setURL(h2Url);
        this.modelDir = modelDir;
        this.inMemory = inMemory;
        try {
            // An in-memory H2 database lives as long as one connection to it does.
            this.keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Cannot open the embedded store at " + h2Url + ": "
                    + e.getMessage() + ". Is another process using this database folder?", e);
        }
    }

    /** Opens (or creates) the database in {@code location}: a folder, or {@code mem:} / {@code mem:name}. */
    public static Store open(String location) {
        try {
            if (location.equals("mem:") || location.startsWith("mem:")) {
                Path tmp = Files.createTempDirectory("pql-mem-");
                tmp.toFile().deleteOnExit();
                return new Store("jdbc:h2:mem:pql-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", tmp.resolve("models"), true);
            }
            Path dir = Path.of(location).toAbsolutePath();
            Files.createDirectories(dir);
            // WRITE_DELAY=0: H2 writes every commit to the file before the commit returns, so an
            // acknowledged commit survives kill -9 (H2's default writes commits up to 500 ms later).
            // Costs single-row autocommit inserts 3-10x (26-225k to 11-21k rows/s measured on 2 busy
            // cores); batches and multi-row transactions commit once and showed no cost.
            return new Store("jdbc:h2:file:" + dir.resolve("store") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0", dir.resolve("models"), false);
        } catch (IOException e) {
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Cannot create the database folder '" + location + "': "
                    + e.getMessage(), e);
        }
    }

    /** A new connection to the embedded store. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    public JdbcDataSource dataSource() {
        return dataSource;
    }

    /** The database's folder (a temporary one for {@code mem:}): the store, models, sources, exports, audit. */
    public Path dataDir() {
        return modelDir.getParent();
    }

    /** Where model versions live: {@code <dir>/models}. */
    public Path modelDir() {
        return modelDir;
    }

    public boolean inMemory() {
        return inMemory;
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
        if (inMemory) {
            deleteRecursively(modelDir.getParent());
        }
    }

    private static void deleteRecursively(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans what we could not
        }
    }
}
