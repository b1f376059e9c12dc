package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Paths named by remote statements, kept inside the data folder: EXPORT and IMPORT MODEL under
 * {@code exports/}, ATTACH FILES under {@code files/}. A path is taken relative to that folder;
 * {@code ..}, an absolute path elsewhere, or a symbolic link that leads out is refused (42501)
 * before anything is read or written. Config files and other databases' drivers are not reachable
 * remotely at all.
 */
final class Confinement {
    static final String EXPORTS = "exports";
    static final String FILES = "files";
    /** JDBC URL prefixes a remote admin may attach: drivers that read nothing from the server's disk. */
    private static final List<String> REMOTE_URLS = List.of("jdbc:postgresql:", "jdbc:mysql:", "jdbc:mariadb:");
    /** PostgreSQL driver settings that load classes or read and write files on the server. */
    private static final List<String> UNSAFE_PARAMETERS = List.of("socketfactory", "sslfactory", "sslhostnameverifier",
            "sslpasswordcallback", "authenticationpluginclassnames", "loggerfile", "sslkey", "sslcert", "sslrootcert",
            "jaasapplicationname", "kerberosservername", "gsslib", "sspiservicesclass", "servicefile", "passfile",
            "allowloadlocalinfile", "allowurlinlocalinfile", "autodeserialize", "localsocket");

    private Confinement() {
    }

    static Ast.Statement confine(Ast.Statement stmt, Path dataDir) {
        if (stmt instanceof Ast.ExportModel x) {
            return new Ast.ExportModel(x.model(), x.version(), inside(dataDir.resolve(EXPORTS), x.directory(), "EXPORT MODEL")
                    .toString());
        }
        if (stmt instanceof Ast.ExportReport r) {
            return new Ast.ExportReport(r.model(), r.version(), inside(dataDir.resolve(EXPORTS), r.file(), "EXPORT REPORT")
                    .toString());
        }
        if (stmt instanceof Ast.ImportModel i) {
            return new Ast.ImportModel(i.model(), inside(dataDir.resolve(EXPORTS), i.directory(), "IMPORT MODEL").toString());
        }
        if (stmt instanceof Ast.CreateModel c && c.config() != null && c.config().file()) {
            throw refused("CONFIG FILE reads a file on the server; send the config inline: CONFIG '<yaml>'");
        }
        if (stmt instanceof Ast.Explain x) {
            confine(x.statement(), dataDir);
        }
        if (stmt instanceof Ast.Attach a) {
            return attach(a, dataDir);
        }
        return stmt;
    }

    private static Ast.Statement attach(Ast.Attach a, Path dataDir) {
        if ("spark".equals(a.kind())) {
            throw refused("ATTACH SPARK starts or joins a Spark application from the server, which runs code there and "
                    + "reads its files; attach Spark on the server's machine (pql shell or jdbc:pql:<folder>)");
        }
        boolean database = a.kind() != null ? a.kind().equals("database")
                : a.location().regionMatches(true, 0, "jdbc:", 0, 5);
        if (!database) {
            return new Ast.Attach("files", inside(dataDir.resolve(FILES), a.location(), "ATTACH FILES").toString(),
                    a.name(), a.options(), a.position());
        }
        String url = a.location().toLowerCase(Locale.ROOT);
        if (REMOTE_URLS.stream().noneMatch(url::startsWith)) {
            throw refused("ATTACH DATABASE over the network takes " + String.join(", ", REMOTE_URLS) + " URLs only: "
                    + "other drivers (H2's among them) can run code or read files on the server");
        }
        for (String p : UNSAFE_PARAMETERS) {
            if (url.contains(p + "=")) {
                throw refused("the URL parameter " + p + " loads classes or reaches files on the server");
            }
        }
        for (Map.Entry<String, Object> o : a.options().entrySet()) {
            if (o.getKey().equalsIgnoreCase("driver")) {
                throw refused("the driver option loads a class on the server; PQL's own drivers are used remotely");
            }
        }
        return a;
    }

    /** A path inside {@code base}, or a 42501 naming what was asked. */
    static Path inside(Path base, String given, String statement) {
        try {
            Files.createDirectories(base);
            Path root = base.toRealPath();
            if (given.isBlank() || given.indexOf('\0') >= 0) {
                throw refused(statement + " needs a path inside the server's " + base.getFileName() + "/ folder");
            }
            Path asked = Path.of(given);
            for (Path part : asked) {
                if (part.toString().equals("..")) {
                    throw refused(statement + " '" + given + "': '..' is not allowed over the network; name a path "
                            + "inside the server's " + base.getFileName() + "/ folder");
                }
            }
            Path target = asked.isAbsolute() ? asked.normalize() : root.resolve(asked).normalize();
            if (!target.startsWith(root) && !target.startsWith(base.toAbsolutePath().normalize())) {
                throw refused(statement + " '" + given + "' is outside the server's " + base.getFileName()
                        + "/ folder; over the network paths are relative to it");
            }
            Path existing = target;
            while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing != null && !existing.toRealPath().startsWith(root)) {
                throw refused(statement + " '" + given + "' leads out of the server's " + base.getFileName()
                        + "/ folder through a symbolic link");
            }
            return root.resolve(root.relativize(target.startsWith(root) ? target
                    : root.resolve(base.toAbsolutePath().normalize().relativize(target))));
        } catch (IOException | InvalidPathException e) {
            throw refused(statement + " '" + given + "' is not a usable path: " + e.getMessage());
        }
    }

    private static PqlException refused(String why) {
        return new PqlException(ErrorCode.INSUFFICIENT_PRIVILEGE, "Not allowed over the network: " + why + ".");
    }
}
