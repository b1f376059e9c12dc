/** Stage 3: the embedded store, Calcite over it, reading, profiling and splitting rows. */
package dev.pql.data;
