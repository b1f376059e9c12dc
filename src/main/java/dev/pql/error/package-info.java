/** Error codes and the engine's one exception type; shared by every stage. */
package dev.pql.error;
