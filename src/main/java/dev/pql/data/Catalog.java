package dev.pql.data;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.SchemaPlus;

/**
 * What one database can read: its embedded store and the sources attached to it. Builds the
 * Calcite root schema a session plans its queries over: each schema of the store (H2 through
 * Calcite's JDBC adapter), each attached source by its name, and the schemas the engine adds (the
 * {@code pql} system schema, PREDICT). Opening a database writes nothing into the user's data.
 */
public final class Catalog implements AutoCloseable {
    /** Store schemas Calcite does not see: H2's own catalog, and the pql schema older versions made. */
    private static final Set<String> HIDDEN_STORE_SCHEMAS = Set.of("INFORMATION_SCHEMA", "PQL");
    private final Store store;
    private final Sources sources;
    private final Map<String, JdbcSource> pools = new HashMap<>();
    /** Counts ATTACH and DETACH, so sessions know when their planner's view of the sources is stale. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    /** The kinds of source served by modules outside the engine's jar (Spark), by kind; loaded when first needed. */
    private Map<Attachment.Kind, SourceProvider> providers;

    public Catalog(Store store) {
        this.store = store;
        this.sources = new Sources(store.inMemory() ? null : store.modelDir().getParent().resolve("sources.json"));
    }

    public Store store() {
        return store;
    }

    public List<Attachment> sources() {
        return sources.list();
    }

    /** The names a query may use to reach an attached source (upper case). */
    public Set<String> sourceNames() {
        Set<String> names = new java.util.HashSet<>();
        for (Attachment a : sources.list()) {
            names.add(a.name().toUpperCase(Locale.ROOT));
        }
        return names;
    }

    /** Attaches a source after checking its name and reaching it once; nothing is kept if either fails. */
    public Attachment attach(Attachment requested, Set<String> reserved) {
        String upper = requested.name().toUpperCase(Locale.ROOT);
        if (sources.find(requested.name()).isPresent()) {
            throw new PqlException(ErrorCode.DUPLICATE_OBJECT, "A source named '" + requested.name()
                    + "' is already attached. DETACH " + requested.name() + " first, or choose another name.");
        }
        if (reserved.contains(upper) || storeSchemas().contains(upper)) {
            throw new PqlException(ErrorCode.DUPLICATE_OBJECT, "'" + requested.name() + "' is already the name of a "
                    + "schema of this database; choose another name for the source (ATTACH ... AS other_name).");
        }
        Attachment a = new Attachment(requested.name(), requested.kind(), requested.location(), requested.user(),
                requested.password(), requested.passwordEnv(), requested.schema(), requested.driver(),
                requested.timeoutSeconds(), null, Instant.now().toString());
        if (a.kind() == Attachment.Kind.FILES) {
            Path folder = Path.of(a.location()).toAbsolutePath().normalize();
            FileSource.check(a.name(), folder);
            a = new Attachment(a.name(), a.kind(), folder.toString(), null, null, null, null, null, null, "files",
                    a.attachedAt());
        } else if (a.kind().provided()) {
            a = provider(a.kind()).attach(new Attachment(a.name(), a.kind(), a.location(), null, null, null, null,
                    null, a.timeoutSeconds(), null, a.attachedAt(), requested.options()));
        } else {
            a = JdbcSource.probe(a);
        }
        sources.add(a);
        changes.incrementAndGet();
        return a;
    }

    public boolean detach(String name) {
        Attachment a = sources.find(name).orElse(null);
        if (a == null) {
            return false;
        }
        sources.remove(name);
        changes.incrementAndGet();
        if (a.kind().provided()) {
            provider(a.kind()).detach(a);
        }
        synchronized (pools) {
            JdbcSource pool = pools.remove(a.name().toUpperCase(Locale.ROOT));
            if (pool != null) {
                try {
                    pool.close();
                } catch (SQLException ignored) {
                    // the pool's connections are closing anyway
                }
            }
        }
        return true;
    }

    /** How many times sources were attached or detached: a planner built before a change is stale. */
    public long changes() {
        return changes.get();
    }

    /** The tables a source holds now (for SHOW SOURCES); reaching the source is bounded by its timeout. */
    public List<String> tables(Attachment a) {
        if (a.kind() == Attachment.Kind.FILES) {
            return new FileSource(Path.of(a.location())).tableNames();
        }
        if (a.kind().provided()) {
            return provider(a.kind()).tables(a);
        }
        List<String> names = new ArrayList<>();
        try (Connection c = pool(a).dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, a.schema(), "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException e) {
            throw JdbcSource.unreachable(a, e);
        }
        return names;
    }

    /** The schemas of the store a user may see, upper case. */
    public List<String> storeSchemas() {
        List<String> names = new ArrayList<>();
        try (Connection c = store.connect(); ResultSet rs = c.getMetaData().getSchemas()) {
            while (rs.next()) {
                String s = rs.getString("TABLE_SCHEM");
                if (!HIDDEN_STORE_SCHEMAS.contains(s)) {
                    names.add(s);
                }
            }
        } catch (SQLException e) {
            throw new PqlException(ErrorCode.STORE_ERROR, "Cannot list the store's schemas: " + e.getMessage(), e);
        }
        return names;
    }

    /**
     * A new Calcite connection over this database: identifiers are case-insensitive across every
     * source, as everywhere in PQL, and quoted ones keep their spelling.
     */
    public Connection openCalcite(Map<String, Schema> engineSchemas) throws SQLException {
        Properties p = new Properties();
        p.put("caseSensitive", "false");
        p.put("unquotedCasing", "UNCHANGED");
        p.put("quotedCasing", "UNCHANGED");
        p.put("quoting", "DOUBLE_QUOTE");
        p.put("conformance", "LENIENT");
        Connection c = DriverManager.getConnection("jdbc:calcite:", p);
        SchemaPlus root = c.unwrap(CalciteConnection.class).getRootSchema();
        for (String s : storeSchemas()) {
            root.add(s, JdbcSchema.create(root, s, store.dataSource(), null, s));
        }
        for (Attachment a : sources.list()) {
            if (a.kind() == Attachment.Kind.FILES) {
                root.add(a.name(), new FileSource(Path.of(a.location())));
            } else if (a.kind().provided()) {
                root.add(a.name(), provider(a.kind()).schema(a));
            } else {
                AttachedSchema.addTo(root, pool(a));
            }
        }
        engineSchemas.forEach(root::add);
        c.setSchema(SqlLayer.DEFAULT_SCHEMA);
        return c;
    }

    /** The attached source of that name when a module outside the engine serves it (Spark); else null. */
    public Attachment providedSource(String name) {
        Attachment a = sources.find(name).orElse(null);
        return a == null || !a.kind().provided() ? null : a;
    }

    /** Whether any attached source is served by a module (Spark): without one, no query is answered at a source. */
    public boolean hasProvidedSources() {
        return sources.list().stream().anyMatch(a -> a.kind().provided());
    }

    /** The module that serves a kind of source; 0A000 naming the jar to add when it is not on the class path. */
    public synchronized SourceProvider provider(Attachment.Kind kind) {
        if (providers == null) {
            providers = new java.util.EnumMap<>(Attachment.Kind.class);
            for (SourceProvider p : java.util.ServiceLoader.load(SourceProvider.class, Catalog.class.getClassLoader())) {
                providers.put(p.kind(), p);
            }
        }
        SourceProvider p = providers.get(kind);
        if (p == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "ATTACH " + kind.name() + " needs PQL's " + kind.word()
                    + " module, which is not on the class path: add spark/target/pql-spark.jar and Spark's own jars "
                    + "(spark-sql_2.13 4.2.0) beside target/pql.jar, or run PQL inside Spark (see docs/spark.md).");
        }
        return p;
    }

    private JdbcSource pool(Attachment a) {
        synchronized (pools) {
            return pools.computeIfAbsent(a.name().toUpperCase(Locale.ROOT), k -> JdbcSource.of(a));
        }
    }

    @Override
    public void close() {
        synchronized (pools) {
            for (JdbcSource pool : pools.values()) {
                try {
                    pool.close();
                } catch (SQLException ignored) {
                    // closing the database: the connections go with it
                }
            }
            pools.clear();
        }
        synchronized (this) {
            if (providers != null) {
                providers.values().forEach(SourceProvider::close);
                providers = null;
            }
        }
    }
}
