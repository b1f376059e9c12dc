package dev.pql.registry;

import dev.pql.train.EpochLog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashTest} kills with kill -9 (not a test itself): {@code insert <db>} inserts
 * rows one autocommitted statement at a time and prints each id once its commit returned;
 * {@code save <db> <model>} saves versions of an existing model without end, each with a long
 * training log so that a save takes long enough to be interrupted, and prints each saved version.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true);
        if (args[0].equals("insert")) {
            insert(args[1], out);
        } else {
            save(Path.of(args[1]), args[2], out);
        }
    }

    private static void insert(String db, PrintStream out) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:pql:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS acked (id INT PRIMARY KEY, note VARCHAR)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO acked VALUES (?, ?)")) {
                for (int id = 0; ; id++) {
                    p.setInt(1, id);
                    p.setString(2, "row " + id);
                    p.executeUpdate();
                    out.println(id); // acknowledged: the commit has returned
                }
            }
        }
    }

    private static void save(Path db, String model, PrintStream out) {
        ModelStore store = new ModelStore(db.resolve("models"));
        Artifacts a = store.read(store.versionDir(model, null));
        List<EpochLog> longLog = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            longLog.add(a.trainingLog().get(i % a.trainingLog().size()));
        }
        Artifacts slow = new Artifacts(a.config(), a.inputs(), a.output(), a.weights(), longLog, a.info());
        while (true) {
            out.println(store.save(model, slow, false));
        }
    }
}
