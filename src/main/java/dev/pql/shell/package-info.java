/**
  * The {@code pql} interactive shell: a plain JDBC client that runs PQL/SQL statements and
  * backslash commands from a script, the command line, standard input or a JLine prompt with
  * completion, history, progress bars, a pager and several output formats.
  *
  * <p>It talks to the engine only through {@link java.sql.DriverManager}, so it works with any
  * JDBC URL (the tests use H2). The one PQL extension it uses, training progress, is reached with
  * {@code Statement.unwrap(PqlStatement.class)} after {@code isWrapperFor}, so other drivers simply
  * go without progress bars.
  */
package dev.pql.shell;
