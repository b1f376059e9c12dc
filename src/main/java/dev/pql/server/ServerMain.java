package dev.pql.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code pql server}: serves a PQL database to remote JDBC clients and REST callers until stopped. */
public final class ServerMain {
    static final String USAGE = """
            Usage: pql server --data DIR [--port P] [--host H] [--user U --password P | --users FILE]
                              [--tls-keystore FILE --tls-password-env VAR] [--max-request-mb N]
                              [--timeout ROLE=SECONDS ...]
                   pql server hash-password        (reads a password, prints its hashed form)
              --data DIR        the database folder to serve (created if absent)
              --port P          the HTTP port (default 8765; 0 picks a free one)
              --host H          the address to listen on (default: all interfaces with authentication,
                                127.0.0.1 without)
              --user U          the one user, an admin; its password is --password P, or the PQL_PASSWORD
                                variable
              --users FILE      a Jetty realm file, one 'name: password,role' per line; role reader,
                                analyst (pql-user means analyst too) or admin; hash passwords with
                                `pql server hash-password`
              --tls-keystore F  serve HTTPS with the key and certificate in this keystore (JKS or PKCS12)
              --tls-password-env VAR  the environment variable holding the keystore's password
              --max-request-mb N  the largest request body (default 16); larger requests get 413
              --timeout R=S     the longest a statement of role R (reader, analyst, admin) may run,
                                in seconds; repeat for each role (default: no limit)
            Clients connect with jdbc:pql:remote:http://HOST:PORT (JDBC user and password);
            applications POST JSON rows to http://HOST:PORT/models/{name}/predict.""";
    static final int DEFAULT_PORT = 8765;

    private ServerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Starts the server and blocks while it runs. Returns 2 on bad arguments and 1 when the server
     * cannot start (port taken, database locked by another process); it stops on SIGTERM/Ctrl-C.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("hash-password")) {
            return hashPassword(out, err);
        }
        PqlServer.Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("pql server: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options == null) {
            out.println(USAGE);
            return 0;
        }
        PqlServer server;
        try {
            server = PqlServer.start(options);
        } catch (Exception e) {
            err.println("ERROR: cannot start the server: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                err.println("WARNING: stopping the server: " + e.getMessage());
            }
        }, "pql-server-stop"));
        out.println("PQL server for " + options.data().toAbsolutePath() + " on " + server.httpUrl()
                + (options.authenticated() ? " (basic authentication)" : " (no authentication: loopback only)"));
        out.println("  JDBC: jdbc:pql:remote:" + server.httpUrl());
        out.println("  REST: POST " + server.httpUrl() + "/models/{name}/predict");
        out.flush();
        try {
            server.join();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * Reads a password (the PQL_PASSWORD variable, else the console without echo, else one line of
     * standard input) and prints its hashed form for a users file.
     */
    static int hashPassword(PrintStream out, PrintStream err) {
        String password = System.getenv("PQL_PASSWORD");
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        }
        if (password == null) {
            try {
                password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException e) {
                password = null;
            }
        }
        if (password == null || password.isEmpty()) {
            err.println("pql server hash-password: no password given (type it, pipe it, or set PQL_PASSWORD)");
            return 2;
        }
        out.println(Pbkdf2Credential.hash(password));
        return 0;
    }

    /** The options, or null when help was asked for. */
    static PqlServer.Options parse(String[] args) {
        Path data = null;
        String host = null;
        int port = DEFAULT_PORT;
        String user = null;
        String password = null;
        Path usersFile = null;
        Path keystore = null;
        String keystoreEnv = null;
        long maxBytes = PqlServer.DEFAULT_MAX_REQUEST_BYTES;
        Map<dev.pql.exec.Role, Integer> timeouts = new java.util.EnumMap<>(dev.pql.exec.Role.class);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a.startsWith("--") ? "missing value after " + a
                        : "unexpected argument " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--host" -> host = v;
                case "--port" -> port = port(v);
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--users" -> usersFile = Path.of(v);
                case "--tls-keystore" -> keystore = Path.of(v);
                case "--tls-password-env" -> keystoreEnv = v;
                case "--max-request-mb" -> maxBytes = megabytes(v);
                case "--timeout" -> timeout(v, timeouts);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        if (password == null && user != null) {
            password = System.getenv("PQL_PASSWORD"); // keeps the password out of the process list
        }
        if (user != null && password == null) {
            throw new IllegalArgumentException("--user needs --password (or the PQL_PASSWORD variable)");
        }
        if (password != null && user == null) {
            throw new IllegalArgumentException("--password needs --user");
        }
        if (usersFile != null && user != null) {
            throw new IllegalArgumentException("use --user or --users, not both");
        }
        if (usersFile != null && !Files.isReadable(usersFile)) {
            throw new IllegalArgumentException("cannot read the users file " + usersFile);
        }
        String keystorePassword = null;
        if (keystore != null) {
            if (!Files.isReadable(keystore)) {
                throw new IllegalArgumentException("cannot read the TLS keystore " + keystore);
            }
            if (keystoreEnv == null || System.getenv(keystoreEnv) == null) {
                throw new IllegalArgumentException("--tls-keystore needs --tls-password-env VAR, with VAR set to the "
                        + "keystore's password");
            }
            keystorePassword = System.getenv(keystoreEnv);
        }
        Map<String, String> users = new LinkedHashMap<>();
        if (user != null) {
            users.put(user, password);
        }
        boolean auth = usersFile != null || user != null;
        // Without authentication, only this machine may connect: a database is never open to the network by default.
        return new PqlServer.Options(data, host != null ? host : auth ? "0.0.0.0" : "127.0.0.1", port, users,
                usersFile, keystore, keystorePassword, maxBytes, timeouts);
    }

    private static long megabytes(String v) {
        try {
            long mb = Long.parseLong(v);
            if (mb >= 1 && mb <= 2000) {
                return mb * 1024 * 1024;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-request-mb must be a number from 1 to 2000, not '" + v + "'");
    }

    private static void timeout(String v, Map<dev.pql.exec.Role, Integer> timeouts) {
        String[] kv = v.split("=", 2);
        dev.pql.exec.Role role = kv.length == 2 ? dev.pql.exec.Role.of(kv[0].strip()) : null;
        try {
            int seconds = kv.length == 2 ? Integer.parseInt(kv[1].strip()) : -1;
            if (role != null && seconds >= 0) {
                timeouts.put(role, seconds);
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--timeout takes ROLE=SECONDS (reader, analyst or admin), not '" + v + "'");
    }

    private static int port(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + v + "'");
    }
}
