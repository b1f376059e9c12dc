/** Stage 8: executing PQL statements into JDBC result sets. */
package dev.pql.exec;
