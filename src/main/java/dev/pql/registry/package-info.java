/** Stage 7: the model store: versions written atomically, loaded and cached for prediction. */
package dev.pql.registry;
