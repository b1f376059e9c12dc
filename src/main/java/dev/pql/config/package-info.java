/** Stage 2: the declarative model config (Ludwig's layout), its defaults, inference, lowering and validation. */
package dev.pql.config;
