package dev.pql.exec;

import java.util.Locale;

/**
 * What a remote user may do (DESIGN.md §7). Each role holds the rights of the ones before it.
 * Local (embedded) use has no role: it is the user's own machine, with every power.
 */
public enum Role {
    /** Query, PREDICT, EVALUATE, SHOW/DESCRIBE/EXPLAIN, the pql schema. */
    READER,
    /** + train and manage models; create, change and drop tables and views in the store. */
    ANALYST,
    /** + ATTACH/DETACH, EXPORT/IMPORT MODEL, user management. */
    ADMIN;

    /** The role a users-file role name gives; {@code pql-user}, the role of PQL's first servers, is analyst. */
    public static Role of(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "reader" -> READER;
            case "analyst", "pql-user" -> ANALYST;
            case "admin" -> ADMIN;
            default -> null;
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
