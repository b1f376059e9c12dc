/** Stage 5: DJL blocks: encoders by (type, name), the concat combiner, the decoder; PyTorch set up offline. */
package dev.pql.model;
