/**
 * Stage 2: the declarative model config in Ludwig's layout: the option registry ({@link dev.pql.config.Options})
 * that drives defaults, validation and docs/config.md; reading YAML/JSON and Ludwig's old spellings; lowering a
 * CREATE MODEL statement (merged with its CONFIG) to a resolved config; type inference; paths for EXPLAIN/DIFF.
 */
package dev.pql.config;
