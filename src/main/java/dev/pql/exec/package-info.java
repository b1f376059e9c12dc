/**
 * Stage 8: executing PQL statements into JDBC result sets. Each output type's part (PREDICT columns,
 * truth, diagnostics) is one {@code FeatureKind} class, registered in {@code FeatureKinds}.
 */
package dev.pql.exec;
