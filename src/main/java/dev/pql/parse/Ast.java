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
            permits CreateModel, Retrain, Explain, Predict, Evaluate, ShowModels, ShowConfig, ShowTrainingLog, ShowTrials,
            ShowConfusionMatrix, ShowCalibration, ShowRoc, ShowFeatureImportance, ShowDrift, DescribeModel, DiffModel, DropModel,
            AlterModel, ExportModel, ExportReport, ImportModel, Attach, Detach, ShowSources, ShowWarnings, Sql {
    }

    /** Where a piece of text starts in the statement: 1-based line and column. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }

        /** The same place as an error carries it, for the front ends to point at. */
        public dev.pql.error.PqlException.Position toError() {
            return new dev.pql.error.PqlException.Position(line, column);
        }
    }

    /** An identifier as written, with its position. */
    public record Name(String text, boolean quoted, Position position) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * {@code CREATE [OR REPLACE] MODEL [IF NOT EXISTS] m [PREDICT ...] [GIVEN ... | GIVEN * [EXCEPT (...)]]
     * FROM ... [HYPEROPT (...)] [WITH (...)] [CONFIG [FILE] '...']}. {@code except} lists columns left out
     * of GIVEN *; {@code hyperopt} the searched parameters of the HYPEROPT clause (empty without one).
     */
    public record CreateModel(Name name, boolean orReplace, boolean ifNotExists, List<Target> targets,
                              List<Feature> given, List<Name> except, Source from, Map<String, Object> with,
                              ConfigRef config, List<HyperoptParameter> hyperopt) implements Statement {
        public CreateModel {
            targets = List.copyOf(targets);
            given = List.copyOf(given);
            except = List.copyOf(except);
            with = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(with));
            hyperopt = List.copyOf(hyperopt);
        }

        /** The statement without a HYPEROPT clause. */
        public CreateModel(Name name, boolean orReplace, boolean ifNotExists, List<Target> targets,
                           List<Feature> given, List<Name> except, Source from, Map<String, Object> with,
                           ConfigRef config) {
            this(name, orReplace, ifNotExists, targets, given, except, from, with, config, List.of());
        }

        /** The statement without its CONFIG clause (lowering merges a config in separately). */
        public CreateModel(Name name, boolean orReplace, boolean ifNotExists, List<Target> targets,
                           List<Feature> given, Source from, Map<String, Object> with) {
            this(name, orReplace, ifNotExists, targets, given, List.of(), from, with, null);
        }
    }

    /**
     * One parameter of the HYPEROPT clause, {@code trainer.learning_rate = LOGUNIFORM(0.0001, 0.1)}: the
     * config path searched, the space as written (lower-cased: Ludwig's space names) and its arguments.
     */
    public record HyperoptParameter(String path, String space, List<Object> arguments, Position position) {
        public HyperoptParameter {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code CONFIG '<yaml or json>'} or {@code CONFIG FILE 'path'}. */
    public record ConfigRef(String text, boolean file, Position position) {
    }

    /** {@code RETRAIN MODEL m [FROM ...] [WITH (...)]}: a new version from the active version's config. */
    public record Retrain(Name name, Source from, Map<String, Object> with) implements Statement {
        public Retrain {
            with = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(with));
        }
    }

    /** {@code EXPLAIN <CREATE MODEL | RETRAIN>}: the resolved config and plan, without training. */
    public record Explain(Statement statement) implements Statement {
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

    /**
     * {@code PREDICT t [AS a], ... [WITH CONFIDENCE | PROBABILITIES [OF (...)] | EXPLANATION, ...]
     * [USING m [VERSION n]] GIVEN ...}. {@code probabilitiesOf} is empty for all classes.
     */
    public record Predict(List<PredictTarget> targets, boolean withConfidence, boolean withProbabilities,
                          List<Object> probabilitiesOf, boolean withExplanation, Name model, Integer version,
                          Given given) implements Statement {
        public Predict {
            targets = List.copyOf(targets);
            probabilitiesOf = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(probabilitiesOf));
        }

        /** The first target's name. */
        public Name target() {
            return targets.get(0).name();
        }
    }

    /** A PREDICT target and the name its column gets (the alias, or the target's own name). */
    public record PredictTarget(Name name, Name alias) {
        public String columnName() {
            return alias != null ? alias.text() : name.text();
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

    /**
     * {@code column = value}; the value is a String, Long, Double, Boolean, null, a {@link Parameter},
     * or a what-if grid: {@link ArrayValue} or {@link RangeValue}.
     */
    public record Assignment(Name column, Object value) {
    }

    /** {@code ARRAY[v, ...]}: one prediction per value. */
    public record ArrayValue(List<Object> values) {
        public ArrayValue {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** {@code RANGE(lo, hi, step)}: lo, lo + step, ... up to hi inclusive. */
    public record RangeValue(Object low, Object high, Object step) {
    }

    /** A {@code ?} placeholder, numbered from 1 in statement order. */
    public record Parameter(int index) {
    }

    /** {@code EVALUATE m [VERSION n] GIVEN query [GROUP BY c, ...]}: metrics overall and per slice. */
    public record Evaluate(Name model, Integer version, GivenQuery given, List<Name> groupBy) implements Statement {
        public Evaluate {
            groupBy = List.copyOf(groupBy);
        }
    }

    /** {@code SHOW MODELS}. */
    public record ShowModels() implements Statement {
    }

    /** {@code SHOW CONFIG m [VERSION n] [PATHS]}: YAML text, or one {@code path, value} row per option. */
    public record ShowConfig(Name model, Integer version, boolean paths) implements Statement {
    }

    /** {@code SHOW TRAINING LOG m [VERSION n]}. */
    public record ShowTrainingLog(Name model, Integer version) implements Statement {
    }

    /** {@code SHOW TRIALS m [VERSION n]}: the candidates a version tried (model_type auto), with scores and weights. */
    public record ShowTrials(Name model, Integer version) implements Statement {
    }

    /** {@code SHOW CONFUSION MATRIX m [VERSION n] [GIVEN query]}; without GIVEN, the version's test split. */
    public record ShowConfusionMatrix(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code SHOW CALIBRATION m [VERSION n] [GIVEN query]} for binary, category and set outputs. */
    public record ShowCalibration(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code SHOW ROC m [VERSION n] [GIVEN query]} for binary and set outputs. */
    public record ShowRoc(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code SHOW FEATURE IMPORTANCE m [VERSION n] [GIVEN query]}. */
    public record ShowFeatureImportance(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code SHOW DRIFT m [VERSION n] GIVEN query}: each input of the rows compared with its training distribution. */
    public record ShowDrift(Name model, Integer version, GivenQuery given) implements Statement {
    }

    /** {@code DIFF MODEL m VERSION a, VERSION b}: the config paths that differ. */
    public record DiffModel(Name model, int versionA, int versionB) implements Statement {
    }

    /** {@code ALTER MODEL m SET ACTIVE VERSION n}. */
    public record AlterModel(Name model, int activeVersion) implements Statement {
    }

    /** {@code EXPORT MODEL m [VERSION n] TO 'dir'}. */
    public record ExportModel(Name model, Integer version, String directory) implements Statement {
    }

    /** {@code EXPORT REPORT m [VERSION n] TO 'file.html'}: a self-contained HTML model card. */
    public record ExportReport(Name model, Integer version, String file) implements Statement {
    }

    /** {@code IMPORT MODEL [m] FROM 'dir'}; without a name, the exported model's own. */
    public record ImportModel(Name model, String directory) implements Statement {
    }

    /** {@code DESCRIBE MODEL m [VERSION n]}. */
    public record DescribeModel(Name model, Integer version) implements Statement {
    }

    /** {@code DROP MODEL [IF EXISTS] m [VERSION n]}. */
    public record DropModel(Name model, boolean ifExists, Integer version) implements Statement {
    }

    /**
     * {@code ATTACH [DATABASE | FILES] 'location' AS name [WITH] (k = v, ...)}: {@code kind} is
     * "database", "files" or null (then the location says: a {@code jdbc:} URL is a database).
     */
    public record Attach(String kind, String location, Name name, Map<String, Object> options, Position position)
            implements Statement {
    }

    /** {@code DETACH [DATABASE | FILES] [IF EXISTS] name}. */
    public record Detach(Name name, boolean ifExists) implements Statement {
    }

    /** {@code SHOW SOURCES}. */
    public record ShowSources() implements Statement {
    }

    /** {@code SHOW WARNINGS}: the warnings of the session's last statement. */
    public record ShowWarnings() implements Statement {
    }

    /** {@code ENV('NAME')} as an option value: read from the environment when used, never stored. */
    public record EnvRef(String variable) {
        @Override
        public String toString() {
            return "ENV('" + variable + "')";
        }
    }

    /**
     * Anything else: SQL for the SQL layer, as written (without a trailing semicolon). Each PQL
     * statement used as a table inside it is listed with where it stands, so the SQL layer can put
     * its table in that place.
     */
    public record Sql(String sql, List<EmbeddedStatement> embedded) implements Statement {
        public Sql(String sql) {
            this(sql, List.of());
        }

        public Sql {
            embedded = List.copyOf(embedded);
        }
    }

    /**
     * A PQL statement that answers rows used as a table inside SQL ({@code (PREDICT ...)},
     * {@code (EVALUATE ...)}, {@code (SHOW MODELS)}, ...): characters [start, end) of the SQL,
     * parentheses included, and the statement's text.
     */
    public record EmbeddedStatement(int start, int end, String text) {
    }
}
