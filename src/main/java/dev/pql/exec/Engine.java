package dev.pql.exec;

import dev.pql.data.Catalog;
import dev.pql.data.Store;
import dev.pql.registry.ModelStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One PQL database: the embedded store, the sources attached to it and the model registry. Shared
 * by the sessions (connections) open on it; statements run through a {@link Session}, which knows
 * the user and plans queries. Opening a database writes nothing into the user's data.
 */
public final class Engine implements AutoCloseable {
    private final Store store;
    private final Catalog catalog;
    private final ModelStore models;
    private Audit audit;
    /** The database's training jobs (queued, running, recently finished): the pql.jobs view's rows. */
    private final Jobs jobs = new Jobs();

    public Engine(Store store) {
        this.store = store;
        this.catalog = new Catalog(store);
        this.models = new ModelStore(store.modelDir());
    }

    public Store store() {
        return store;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ModelStore models() {
        return models;
    }

    /** The training jobs of this database. */
    public Jobs jobs() {
        return jobs;
    }

    /** The audit log of remote statements, opened when the first one arrives. */
    synchronized Audit audit() {
        if (audit == null) {
            audit = new Audit(store.dataDir().resolve("audit"));
        }
        return audit;
    }

    /** Library versions recorded with every model version. */
    static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("pql", String.valueOf(Engine.class.getPackage().getImplementationVersion()));
        v.put("djl", String.valueOf(ai.djl.engine.Engine.class.getPackage().getImplementationVersion()));
        v.put("pytorch", dev.pql.model.Engines.pytorch().getVersion());
        v.put("java", System.getProperty("java.version"));
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }

    /** The error for a statement that parses but is not implemented yet. */
    static dev.pql.error.PqlException notYet(String what) {
        return new dev.pql.error.PqlException(dev.pql.error.ErrorCode.NOT_SUPPORTED, what
                + " is not implemented by PQL yet.");
    }

    @Override
    public void close() throws Exception {
        synchronized (this) {
            if (audit != null) {
                audit.close();
            }
        }
        catalog.close();
        store.close();
    }
}
