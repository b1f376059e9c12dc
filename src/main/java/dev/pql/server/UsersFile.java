package dev.pql.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a users file (Jetty's realm format, {@code name: password,role}) when the server starts:
 * each user's role must be one PQL knows, and a password kept in clear text (or merely obfuscated)
 * draws a warning that says how to hash it.
 */
final class UsersFile {
    private UsersFile() {
    }

    /** Warnings about the file; an unknown role is an error. */
    static List<String> check(Path file) throws IOException {
        List<String> warnings = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(file + ", line " + n + ": expected 'name: password,role'");
            }
            String user = t.substring(0, colon).strip();
            String[] parts = t.substring(colon + 1).strip().split(",");
            String password = parts[0].strip();
            for (int i = 1; i < parts.length; i++) {
                String role = parts[i].strip().toLowerCase(Locale.ROOT);
                if (dev.pql.exec.Role.of(role) == null) {
                    throw new IllegalArgumentException(file + ", line " + n + ": user " + user + " has role '" + role
                            + "'; PQL knows reader, analyst, admin (and pql-user, which is analyst)");
                }
            }
            if (parts.length < 2) {
                warnings.add("users file " + file + ": user " + user + " has no role; give reader, analyst or admin");
            }
            if (!password.startsWith(Pbkdf2Credential.PREFIX)) {
                warnings.add("users file " + file + ": user " + user + " has a password that is not hashed; "
                        + "replace it with the output of `pql server hash-password`");
            }
        }
        return warnings;
    }
}
