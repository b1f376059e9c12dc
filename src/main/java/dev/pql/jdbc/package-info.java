/**
 * Front end: the JDBC driver for jdbc:pql: URLs (embedded folders, mem:, and remote: PQL servers),
 * with PreparedStatement parameters in PQL statements and DatabaseMetaData for DBeaver and BI tools.
 */
package dev.pql.jdbc;
