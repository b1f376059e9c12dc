package dev.pql.jdbc;

import dev.pql.data.Store;
import dev.pql.exec.Engine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The open databases of this JVM: connections to one folder share one engine (store, model cache),
 * which is closed with its last connection. Each {@code mem:} URL is a database of its own.
 */
final class Databases {
    private static final Map<String, Engine> OPEN = new HashMap<>();
    private static final Map<String, Integer> USERS = new HashMap<>();

    private Databases() {
    }

    /** An engine in use, with the key to release it by. */
    record Handle(String key, Engine engine) {
    }

    static synchronized Handle acquire(String location) {
        String key = key(location);
        Engine engine = OPEN.get(key);
        if (engine == null) {
            engine = new Engine(Store.open(location));
            OPEN.put(key, engine);
        }
        USERS.merge(key, 1, Integer::sum);
        return new Handle(key, engine);
    }

    static synchronized void release(Handle handle) throws Exception {
        String key = handle.key();
        Integer users = USERS.merge(key, -1, Integer::sum);
        if (users != null && users <= 0) {
            USERS.remove(key);
            Engine engine = OPEN.remove(key);
            if (engine != null) {
                engine.close();
            }
        }
    }

    private static String key(String location) {
        if (location.startsWith("mem:")) {
            return location.equals("mem:") ? "mem:" + java.util.UUID.randomUUID() : location; // bare mem: is private
        }
        return Path.of(location).toAbsolutePath().normalize().toString();
    }
}
