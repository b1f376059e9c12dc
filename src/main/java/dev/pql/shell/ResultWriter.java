package dev.pql.shell;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.LongConsumer;

/** Writes a result set in one of the shell's output formats ({@code \format}). */
interface ResultWriter {

    /** The formats {@code \format} accepts. */
    enum Format {
        TABLE, CSV, JSON, MARKDOWN;

        /** The format named {@code name} (any case), or null. */
        static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            return null;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
      * Writes every row of {@code rs} (without closing it), calling {@code onRow} with the count so
      * far after each row, and returns the number of rows.
      */
    long write(ResultSet rs, LongConsumer onRow) throws SQLException;

    /** Whether the writer prints its own {@code (N rows)} footer. */
    default boolean printsFooter() {
        return false;
    }

    /**
      * A writer for {@code format} on {@code out}; {@code width} (0: unlimited) is the terminal width
      * a table must fit, {@code ansi} styles NULL in tables.
      */
    static ResultWriter of(Format format, PrintStream out, int width, Ansi ansi) {
        return switch (format) {
            case TABLE -> new TableFormatter(out, TableFormatter.DEFAULT_BUFFER_ROWS, width, ansi);
            case CSV -> new TextFormats.Csv(out);
            case JSON -> new TextFormats.Json(out);
            case MARKDOWN -> new TextFormats.Markdown(out);
        };
    }
}
