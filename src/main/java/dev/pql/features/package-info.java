/** Stage 4: per-type preprocessing, fitted on the training split and saved as metadata. */
package dev.pql.features;
