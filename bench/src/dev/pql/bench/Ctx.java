package dev.pql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A run's options and what the sections share: results, the database, the peers. */
final class Ctx {
    static final List<String> SECTIONS = List.of("accuracy", "speed", "throughput", "latency", "overhead", "memory",
            "pretrained");
    Path data = Path.of("../shared/datasets");
    Path peers = Path.of("../shared/bench");
    Path out;
    Path work = Path.of("target/bench-work");
    Path jar = Path.of("/tmp/bench-pql.jar");
    String classpath = System.getProperty("java.class.path");
    String commit = "unknown";
    String jarInfo = "";
    String python = "/usr/bin/python3";
    boolean quick;
    final Set<String> sections = new LinkedHashSet<>(SECTIONS);
    Results results;
    /** Peer availability, filled by {@link Peers#probe}. */
    boolean sklearn;
    boolean torch;
    String peerVersions = "";
    private Connection connection;
    private final Set<String> loaded = new HashSet<>();

    static Ctx parse(String[] args) {
        Ctx c = new Ctx();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> c.data = Path.of(args[++i]);
                case "--out" -> c.out = Path.of(args[++i]);
                case "--work" -> c.work = Path.of(args[++i]);
                case "--jar" -> c.jar = Path.of(args[++i]);
                case "--commit" -> c.commit = args[++i];
                case "--jar-info" -> c.jarInfo = args[++i];
                case "--python" -> c.python = args[++i];
                case "--peers" -> c.peers = Path.of(args[++i]);
                case "--quick" -> c.quick = true;
                case "--sections" -> {
                    c.sections.clear();
                    for (String s : args[++i].split(",")) {
                        if (!SECTIONS.contains(s.trim())) {
                            throw new IllegalArgumentException("Unknown section '" + s + "'; sections: " + SECTIONS);
                        }
                        c.sections.add(s.trim());
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'. Options: --data DIR "
                        + "--out DIR --quick --sections " + String.join(",", SECTIONS) + " --work DIR --peers DIR --python PATH");
            }
        }
        if (c.out == null) {
            c.out = c.quick ? Path.of("target/bench-quick") : Path.of("docs");
        }
        return c;
    }

    /** The run's PQL database (a folder under the work directory, so big tables live on disk). */
    Connection db() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection("jdbc:pql:" + work.resolve("db").toAbsolutePath());
        }
        return connection;
    }

    Path dbDir() {
        return work.resolve("db").toAbsolutePath();
    }

    /** Loads a data set into train/test tables once per run. */
    Datasets.Spec dataset(String name) throws SQLException {
        Datasets.Spec spec = Datasets.spec(name);
        if (loaded.add(name)) {
            Datasets.load(db(), data.resolve(name + ".csv"), spec);
        }
        return spec;
    }

    void closeDb() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    static void log(String message) {
        System.out.println("[" + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
        System.out.flush();
    }

    static void cleanDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    /** The 1-minute load average now. */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
