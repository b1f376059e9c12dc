/**
 * Stage 7: the model store: versions written atomically and durably (each file forced to the disk,
 * then the folder renamed into place), each with a manifest of its files' SHA-256 checked when it is
 * loaded or imported; loaded versions cached for prediction; leftovers of interrupted saves removed
 * when a database opens.
 */
package dev.pql.registry;
