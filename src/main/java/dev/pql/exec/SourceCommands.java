package dev.pql.exec;

import dev.pql.data.Attachment;
import dev.pql.data.Catalog;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.error.Suggestions;
import dev.pql.parse.Ast;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ATTACH, DETACH and SHOW SOURCES: other databases and folders of files, read through Calcite. */
final class SourceCommands {
    private static final List<String> DATABASE_OPTIONS = List.of("user", "password", "schema", "driver", "timeout");
    /** Names listed per source in SHOW SOURCES before the rest is counted. */
    private static final int LISTED = 20;

    private SourceCommands() {
    }

    static ExecResult attach(Catalog catalog, Ast.Attach a, Set<String> reserved) {
        String kind = a.kind() != null ? a.kind()
                : a.location().regionMatches(true, 0, "jdbc:", 0, 5) ? "database" : "files";
        Attachment.Kind k = Attachment.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        String name = a.name().quoted() ? a.name().text() : a.name().text().toUpperCase(Locale.ROOT);
        Map<String, Object> o = a.options();
        List<String> allowed = switch (k) {
            case FILES -> List.of();
            case DATABASE -> DATABASE_OPTIONS;
            default -> catalog.provider(k).options();
        };
        for (String key : o.keySet()) {
            if (!allowed.contains(key.toLowerCase(Locale.ROOT))) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "ATTACH " + kind.toUpperCase(Locale.ROOT) + " (at "
                        + a.position() + ") has no option '" + key + "'; "
                        + (allowed.isEmpty() ? "it takes none." : "it takes " + String.join(", ", allowed) + "."
                        + Suggestions.didYouMean(key, allowed)));
            }
        }
        Object password = option(o, "password");
        Integer timeout = null;
        Object t = option(o, "timeout");
        if (t != null) {
            try {
                timeout = Integer.parseInt(t.toString());
            } catch (NumberFormatException e) {
                timeout = -1;
            }
            if (timeout < 1 || timeout > 3600) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "ATTACH: timeout is in seconds, from 1 to 3600; got "
                        + t + ".");
            }
        }
        Map<String, String> own = new java.util.LinkedHashMap<>(); // a provider's options, as written
        if (k != Attachment.Kind.DATABASE) {
            o.forEach((key, v) -> own.put(key.toLowerCase(Locale.ROOT), text(v)));
            own.remove("timeout");
        }
        Attachment requested = new Attachment(name, k, a.location(), text(option(o, "user")),
                password instanceof Ast.EnvRef ? null : text(password),
                password instanceof Ast.EnvRef env ? env.variable() : null, text(option(o, "schema")),
                text(option(o, "driver")), timeout, null, null, own);
        Attachment attached = catalog.attach(requested, reserved);
        return ExecResult.rows(new Rows().text("source").text("kind").text("url").text("product")
                .add(attached.name(), attached.kind().word(), attached.location(), attached.product()).build(),
                List.of());
    }

    private static Object option(Map<String, Object> o, String key) {
        for (Map.Entry<String, Object> e : o.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String text(Object v) {
        if (v instanceof Ast.EnvRef env) {
            String value = System.getenv(env.variable());
            if (value == null) {
                throw new PqlException(ErrorCode.INVALID_CONFIG, "The environment variable " + env.variable()
                        + " is not set in this process.");
            }
            return value;
        }
        return v == null ? null : v.toString();
    }

    static ExecResult detach(Catalog catalog, Ast.Detach d) {
        if (!catalog.detach(d.name().text())) {
            if (d.ifExists()) {
                return ExecResult.count(0);
            }
            List<String> names = catalog.sources().stream().map(Attachment::name).toList();
            throw new PqlException(ErrorCode.OBJECT_NOT_FOUND, "No source named '" + d.name().text() + "' is attached"
                    + (names.isEmpty() ? "." : "; attached: " + String.join(", ", names) + "."
                    + Suggestions.didYouMean(d.name().text(), names)));
        }
        return ExecResult.count(0);
    }

    static ExecResult show(Catalog catalog) {
        return ExecResult.rows(SystemTables.sources(catalog, false, new Rows()), List.of());
    }

    /** A source's tables for SHOW SOURCES: the first names and a count, or why they cannot be listed. */
    static String tables(Catalog catalog, Attachment a) {
        try {
            List<String> names = catalog.tables(a);
            return names.size() <= LISTED ? String.join(", ", names)
                    : String.join(", ", names.subList(0, LISTED)) + ", ... (" + names.size() + " in all)";
        } catch (PqlException e) {
            return "(unreachable: " + e.getMessage() + ")";
        }
    }
}
