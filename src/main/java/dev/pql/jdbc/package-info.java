/** Front end: the JDBC driver for jdbc:pql: URLs. */
package dev.pql.jdbc;
