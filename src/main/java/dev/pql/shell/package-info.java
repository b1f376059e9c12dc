/**
 * The {@code pql} interactive shell: a plain JDBC client that runs PQL/SQL statements from a
 * script, the command line, standard input or a JLine prompt and prints results as tables.
 *
 * <p>It deliberately talks to the engine only through {@link java.sql.DriverManager}, so it works
 * with any JDBC URL (the tests use H2) and never depends on engine internals.
 */
package dev.pql.shell;
