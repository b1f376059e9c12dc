package dev.pql.data;

import java.sql.ResultSet;

/** What a plain SQL statement answered: rows, or a count of rows changed. */
public record SqlResult(ResultSet rows, long count) {
}
