/** Stage 1: statement text to immutable AST records, through the ANTLR grammar in grammar/Pql.g4. */
package dev.pql.parse;
