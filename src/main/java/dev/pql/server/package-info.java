/** Front end: {@code pql server}, remote JDBC (Apache Calcite Avatica) and REST predictions on one port. */
package dev.pql.server;
