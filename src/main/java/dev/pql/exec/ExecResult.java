package dev.pql.exec;

import java.sql.ResultSet;
import java.util.List;

/** What a PQL statement returns: a result set (or none, with an update count) and warnings. */
public record ExecResult(ResultSet resultSet, long updateCount, List<String> warnings) {
    public static ExecResult rows(ResultSet rs, List<String> warnings) {
        return new ExecResult(rs, -1, List.copyOf(warnings));
    }

    public static ExecResult count(long n) {
        return new ExecResult(null, n, List.of());
    }
}
