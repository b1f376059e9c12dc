package dev.pql.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Part of section 4: one-row PREDICT over a remote connection, as a team's clients call a shared
 * {@code pql server}: the server runs in this JVM on the run's database, on loopback, with a users
 * file of hashed passwords (what docs/security.md tells a team to use); every client is a
 * {@code jdbc:pql:remote:} connection of its own. 1 client, then 8 at once, each calling in a
 * loop; p50 / p99 per call, and the same for {@code SELECT 1} (the path's floor). The goal is p50 ≤ 5 ms at 8 clients.
 */
final class RemoteLatencyBench {
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password";
    private final Ctx ctx;

    RemoteLatencyBench(Ctx ctx) {
        this.ctx = ctx;
    }

    void run(StringBuilder md) throws Exception {
        int calls = ctx.quick ? 100 : 400;
        int warmup = ctx.quick ? 30 : 100;
        Path users = ctx.work.resolve("bench-users.properties").toAbsolutePath();
        Files.writeString(users, USER + ": " + hashed(PASSWORD) + ",analyst\n", StandardCharsets.UTF_8);
        double load = Ctx.load();
        try (dev.pql.server.PqlServer server = dev.pql.server.PqlServer.start(new dev.pql.server.PqlServer.Options(
                ctx.dbDir(), "127.0.0.1", 0, Map.of(), users))) {
            String url = "jdbc:pql:remote:" + server.httpUrl();
            md.append("One-row PREDICT over `jdbc:pql:remote:` to a `pql server` in this JVM on loopback, users file "
                    + "with a PBKDF2-hashed password (role analyst); each client a connection and a thread of its own, "
                    + "calling in a loop with no pause; " + warmup + " warm-up and " + calls + " measured calls per "
                    + "client. Statement: `PREDICT label USING gen_model GIVEN x1 = …, x2 = …, x3 = …, x4 = …, c = '…'`; "
                    + "beside it `SELECT 1` over the same path (HTTP, authentication, Avatica, the audit line), the floor "
                    + "a remote statement costs before PQL does any work. Load average " + Stats.fmt(load) + ".\n\n");
            md.append("| statement | clients | calls | p50 ms | p90 ms | p99 ms | mean ms | calls/s | goal p50 ≤ 5 ms at 8 clients |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            for (boolean predict : new boolean[] {true, false}) {
                for (int clients : new int[] {1, 8}) {
                    measure(url, predict, clients, warmup, calls, md);
                }
            }
        }
        md.append("\n");
    }

    private void measure(String url, boolean predict, int clients, int warmup, int calls, StringBuilder md) throws Exception {
        String what = predict ? "one-row PREDICT" : "SELECT 1";
        Ctx.log("latency: remote " + what + ", " + clients + " client(s)");
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch warm = new CountDownLatch(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] measuredSpan = new long[2];
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int client = t;
                done.add(pool.submit(() -> {
                    try (Connection c = connect(url); Statement s = c.createStatement()) {
                        for (int i = 0; i < warmup + calls; i++) {
                            if (i == warmup) {
                                warm.countDown();
                                warm.await(); // every client measured while all of them are calling
                                synchronized (measuredSpan) {
                                    if (measuredSpan[0] == 0) {
                                        measuredSpan[0] = System.nanoTime();
                                    }
                                }
                            }
                            int k = client * 7919 + i;
                            long t0 = System.nanoTime();
                            LatencyBench.read(s.executeQuery(!predict ? "SELECT 1" : "PREDICT label USING gen_model GIVEN x1 = "
                                    + (k % 100) + ".5, x2 = " + (k % 37) + ".25, x3 = " + (k % 101) + ", x4 = " + (k % 9)
                                    + ".5, c = 'c" + (k % 8) + "'"));
                            if (i >= warmup) {
                                ms.add(Stats.millis(System.nanoTime() - t0));
                            }
                        }
                    }
                    synchronized (measuredSpan) {
                        measuredSpan[1] = Math.max(measuredSpan[1], System.nanoTime());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double p50 = Stats.percentile(ms, 50);
        double p99 = Stats.percentile(ms, 99);
        double perSecond = ms.size() / Stats.seconds(measuredSpan[1] - measuredSpan[0]);
        boolean goal = predict && clients == 8;
        String met = !goal ? "n/a (reference)" : p50 <= LatencyBench.GOAL_MS ? "yes" : "no";
        String name = "remote " + what + ", " + clients + " client" + (clients == 1 ? "" : "s");
        ctx.results.add(new Results.Row(LatencyBench.SECTION, name, "p50_ms", p50, "ms", "", Double.NaN, Double.NaN,
                goal ? "p50 <= 5 ms" : "", met, "p99 " + Stats.fmt(p99) + " ms; " + Stats.fmt(perSecond) + " calls/s"));
        ctx.results.add(LatencyBench.SECTION, name, "p99_ms", p99, "ms", "");
        ctx.results.add(LatencyBench.SECTION, name, "calls_per_s", perSecond, "calls/s", "all clients together");
        ctx.results.summary(new Results.Summary(LatencyBench.SECTION, "Latency p50 (p99), " + name,
                goal ? "p50 ≤ 5 ms" : "(reference)", Stats.fmt(p50) + " ms (" + Stats.fmt(p99) + " ms)", met));
        md.append("| ").append(what).append(" | ").append(clients).append(" | ").append(ms.size()).append(" | ").append(Stats.fmt(p50)).append(" | ")
                .append(Stats.fmt(Stats.percentile(ms, 90))).append(" | ").append(Stats.fmt(p99)).append(" | ")
                .append(Stats.fmt(Stats.mean(ms))).append(" | ").append(Stats.fmt(perSecond)).append(" | ").append(met)
                .append(" |\n");
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection(url, p);
    }

    /** The password's stored form, from {@code pql server hash-password} as a user would make it. */
    private String hashed(String password) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ctx.jar.toAbsolutePath().toString(), "server", "hash-password");
        pb.environment().put("PQL_PASSWORD", password);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String[] lines = out.split("\n");
        String last = lines[lines.length - 1].trim(); // the hash is the last line, after any JVM or log chatter
        if (p.waitFor() != 0 || !last.startsWith("PBKDF2:")) {
            throw new IOException("pql server hash-password failed: " + out);
        }
        return last;
    }
}
