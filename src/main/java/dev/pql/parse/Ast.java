package dev.pql.parse;

import java.util.List;
import java.util.Map;

/**
 * The statements PQL understands, as immutable records. Names keep the spelling the user wrote
 * (quotes removed); they are matched case-insensitively later unless {@link Name#quoted()}.
 */
public final class Ast {
    private Ast() {
    }

    /** A statement: one of the PQL records below, or plain SQL for the SQL layer. */
    public sealed interface Statement
            permits CreateModel, Predict, Evaluate, ShowModels, DescribeModel, DropModel, Sql {
    }

    /** Where a piece of text starts in the statement: 1-based line and column. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** An identifier as written, with its position. */
    public record Name(String text, boolean quoted, Position position) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code CREATE [OR REPLACE] MODEL [IF NOT EXISTS] m PREDICT ... [GIVEN ...] FROM ... [WITH (...)]}. */
    public record CreateModel(Name name, boolean orReplace, boolean ifNotExists, List<Target> targets,
                              List<Feature> given, Source from, Map<String, Object> with) implements Statement {
        public CreateModel {
            targets = List.copyOf(targets);
            given = List.copyOf(given);
            with = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(with));
        }
    }

    /** A PREDICT target of CREATE MODEL, with an optional feature type. */
    public record Target(Name name, Name type) {
    }

    /**
     * A GIVEN input feature: type, encoder and options are optional. An empty GIVEN list means every
     * column but the targets.
     */
    public record Feature(Name name, Name type, Name encoder, Map<String, Object> options) {
        public Feature {
            options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        }
    }

    /** FROM a table name or a parenthesised query (its SQL text, as written). */
    public record Source(String table, String query, Position position) {
        private static final String SELECT_ALL = "SELECT * FROM ";

        /** The query to run: the subquery, or all columns of the table. */
        public String sql() {
            return query != null ? query : SELECT_ALL + table;
        }

        /** Where {@link #sql()} would start in the statement, so positions in it map back to the user's text. */
        public Position sqlPosition() {
            return query != null ? position : new Position(position.line(), position.column() - SELECT_ALL.length());
        }
    }

    /** {@code PREDICT t, ... [WITH CONFIDENCE|PROBABILITIES] [USING m [VERSION n]] GIVEN ...}. */
    public record Predict(List<Name> targets, boolean withConfidence, boolean withProbabilities,
                          Name model, Integer version, Given given) implements Statement {
        public Predict {
            targets = List.copyOf(targets);
        }
    }

    /** The rows a PREDICT or EVALUATE runs on. */
    public sealed interface Given permits GivenQuery, GivenValues {
    }

    /** GIVEN a SQL query, kept as text for the SQL layer. */
    public record GivenQuery(String sql, Position position) implements Given {
    }

    /** GIVEN {@code c = literal, ...}: one row of literal values. */
    public record GivenValues(List<Assignment> values) implements Given {
        public GivenValues {
            values = List.copyOf(values);
        }
    }

    /** {@code column = literal}; the value is a String, Long, Double, Boolean, null or a {@link Parameter}. */
    public record Assignment(Name column, Object value) {
    }

    /** A {@code ?} placeholder, numbered from 1 in statement order. */
    public record Parameter(int index) {
    }

    /** {@code EVALUATE m [VERSION n] GIVEN query}. */
    public record Evaluate(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code SHOW MODELS}. */
    public record ShowModels() implements Statement {
    }

    /** {@code DESCRIBE MODEL m [VERSION n]}. */
    public record DescribeModel(Name model, Integer version) implements Statement {
    }

    /** {@code DROP MODEL [IF EXISTS] m [VERSION n]}. */
    public record DropModel(Name model, boolean ifExists, Integer version) implements Statement {
    }

    /** Anything else: SQL for the SQL layer, as written. */
    public record Sql(String sql) implements Statement {
    }
}
