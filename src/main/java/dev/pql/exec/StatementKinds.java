package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of PQL statements: one {@link StatementKind} per statement of the grammar. Session
 * dispatch, the network's access rules, prepared statements' metadata and the shell's help all
 * read it; {@code StatementKindsTest} fails when a statement of the grammar has no entry here or
 * no help. Adding a statement: its grammar rule, its AST record and AstBuilder visit, one entry
 * below, and its help section in {@code statements.txt} beside this class.
 */
public final class StatementKinds {
    private static final List<StatementKind> ALL = List.of(
            kind(Ast.CreateModel.class, "CREATE MODEL", Role.ANALYST, false,
                    "CREATE MODEL m PREDICT y FROM t",
                    (s, st, text, p, c) -> new CreateModelCommand(s).run((Ast.CreateModel) st, text, p, c)),
            kind(Ast.Retrain.class, "RETRAIN MODEL", Role.ANALYST, false, "RETRAIN MODEL m",
                    (s, st, text, p, c) -> new RetrainCommand(s).run((Ast.Retrain) st, text, p, c)),
            kind(Ast.Explain.class, "EXPLAIN", Role.READER, true, "EXPLAIN CREATE MODEL m PREDICT y FROM t",
                    (s, st, text, p, c) -> new ExplainCommand(s).run((Ast.Explain) st)),
            kind(Ast.Predict.class, "PREDICT", Role.READER, true, "PREDICT y USING m GIVEN SELECT * FROM t",
                    (s, st, text, p, c) -> new PredictCommand(s).run((Ast.Predict) st)),
            kind(Ast.Evaluate.class, "EVALUATE", Role.READER, false, "EVALUATE m GIVEN SELECT * FROM t",
                    (s, st, text, p, c) -> new EvaluateCommand(s).run((Ast.Evaluate) st)),
            kind(Ast.ShowModels.class, "SHOW MODELS", Role.READER, true, "SHOW MODELS",
                    (s, st, text, p, c) -> CatalogCommands.showModels(s.models())),
            kind(Ast.ShowConfig.class, "SHOW CONFIG", Role.READER, true, "SHOW CONFIG m",
                    (s, st, text, p, c) -> ((Ast.ShowConfig) st).paths()
                            ? ConfigCommands.configPaths(s.models(), (Ast.ShowConfig) st)
                            : ConfigCommands.showConfig(s.models(), (Ast.ShowConfig) st)),
            kind(Ast.ShowTrainingLog.class, "SHOW TRAINING LOG", Role.READER, true, "SHOW TRAINING LOG m",
                    (s, st, text, p, c) -> TrainingLogCommand.run(s.models(), (Ast.ShowTrainingLog) st)),
            kind(Ast.ShowTrials.class, "SHOW TRIALS", Role.READER, true, "SHOW TRIALS m",
                    (s, st, text, p, c) -> TrialsCommand.run(s.models(), (Ast.ShowTrials) st)),
            kind(Ast.ShowConfusionMatrix.class, "SHOW CONFUSION MATRIX", Role.READER, false, "SHOW CONFUSION MATRIX m",
                    (s, st, text, p, c) -> new DiagnosticsCommand(s).confusionMatrix((Ast.ShowConfusionMatrix) st)),
            kind(Ast.ShowCalibration.class, "SHOW CALIBRATION", Role.READER, false, "SHOW CALIBRATION m",
                    (s, st, text, p, c) -> new DiagnosticsCommand(s).calibration((Ast.ShowCalibration) st)),
            kind(Ast.ShowRoc.class, "SHOW ROC", Role.READER, false, "SHOW ROC m",
                    (s, st, text, p, c) -> new DiagnosticsCommand(s).roc((Ast.ShowRoc) st)),
            kind(Ast.ShowFeatureImportance.class, "SHOW FEATURE IMPORTANCE", Role.READER, false,
                    "SHOW FEATURE IMPORTANCE m",
                    (s, st, text, p, c) -> new DiagnosticsCommand(s).featureImportance((Ast.ShowFeatureImportance) st)),
            kind(Ast.ShowDrift.class, "SHOW DRIFT", Role.READER, false, "SHOW DRIFT m GIVEN SELECT * FROM t",
                    (s, st, text, p, c) -> new DriftCommand(s).run((Ast.ShowDrift) st)),
            kind(Ast.DescribeModel.class, "DESCRIBE MODEL", Role.READER, true, "DESCRIBE MODEL m",
                    (s, st, text, p, c) -> CatalogCommands.describe(s.models(), (Ast.DescribeModel) st)),
            kind(Ast.DiffModel.class, "DIFF MODEL", Role.READER, true, "DIFF MODEL m VERSION 1, VERSION 2",
                    (s, st, text, p, c) -> ConfigCommands.diff(s.models(), (Ast.DiffModel) st)),
            kind(Ast.DropModel.class, "DROP MODEL", Role.ANALYST, false, "DROP MODEL m",
                    (s, st, text, p, c) -> CatalogCommands.drop(s.models(), (Ast.DropModel) st)),
            kind(Ast.AlterModel.class, "ALTER MODEL", Role.ANALYST, false, "ALTER MODEL m SET ACTIVE VERSION 1",
                    (s, st, text, p, c) -> CatalogCommands.alter(s.models(), (Ast.AlterModel) st)),
            kind(Ast.ExportModel.class, "EXPORT MODEL", Role.ADMIN, false, "EXPORT MODEL m TO 'folder'",
                    (s, st, text, p, c) -> CatalogCommands.export(s.models(), (Ast.ExportModel) st)),
            kind(Ast.ExportReport.class, "EXPORT REPORT", Role.ADMIN, false, "EXPORT REPORT m TO 'm.html'",
                    (s, st, text, p, c) -> new ReportCommand(s).run((Ast.ExportReport) st)),
            kind(Ast.ImportModel.class, "IMPORT MODEL", Role.ADMIN, false, "IMPORT MODEL m FROM 'folder'",
                    (s, st, text, p, c) -> CatalogCommands.importModel(s.models(), (Ast.ImportModel) st)),
            kind(Ast.Attach.class, "ATTACH", Role.ADMIN, false, "ATTACH FILES 'folder' AS files",
                    (s, st, text, p, c) -> SourceCommands.attach(s.engine().catalog(), (Ast.Attach) st,
                            Set.of(SystemTables.SCHEMA, PredictTables.SCHEMA))),
            kind(Ast.Detach.class, "DETACH", Role.ADMIN, false, "DETACH files",
                    (s, st, text, p, c) -> SourceCommands.detach(s.engine().catalog(), (Ast.Detach) st)),
            kind(Ast.ShowSources.class, "SHOW SOURCES", Role.READER, true, "SHOW SOURCES",
                    (s, st, text, p, c) -> SourceCommands.show(s.engine().catalog())),
            kind(Ast.ShowWarnings.class, "SHOW WARNINGS", Role.READER, true, "SHOW WARNINGS",
                    (s, st, text, p, c) -> s.warnings()));

    private static final Map<Class<?>, StatementKind> BY_TYPE = byType();

    private StatementKinds() {
    }

    private static StatementKind kind(Class<? extends Ast.Statement> type, String name, Role role, boolean cheap,
            String example, StatementKind.Runner runner) {
        return new StatementKind(type, name, role, cheap, example, runner);
    }

    private static Map<Class<?>, StatementKind> byType() {
        Map<Class<?>, StatementKind> m = new LinkedHashMap<>();
        ALL.forEach(k -> m.put(k.type(), k));
        return Map.copyOf(m);
    }

    /** Every PQL statement, in the order help lists them. */
    public static List<StatementKind> all() {
        return ALL;
    }

    /** The kind of a PQL statement; plain SQL has none (the SQL layer and the guard judge it). */
    public static StatementKind of(Ast.Statement stmt) {
        StatementKind k = BY_TYPE.get(stmt.getClass());
        if (k == null) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, stmt.getClass().getSimpleName()
                    + " statements parse, but PQL does not run them yet.");
        }
        return k;
    }

    /**
     * Each statement's help, by name (and "SQL", for what is not PQL): the sections of
     * {@code statements.txt}, with the engine's own vocabularies filled in where a section says
     * {@code {feature_types}} or {@code {encoders}}, so help never lists words the engine lacks.
     */
    public static Map<String, String> help() {
        return HelpTexts.TEXTS;
    }

    /** Read when help is first asked for (the JVM initialises a nested class on first use), then fixed. */
    private static final class HelpTexts {
        static final Map<String, String> TEXTS = load();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        String topic = null;
        StringBuilder text = new StringBuilder();
        for (String line : read().split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (topic != null) {
                    map.put(topic, fill(text.toString().strip()));
                }
                topic = line.substring(3).strip();
                text.setLength(0);
            } else if (topic != null) {
                text.append(line).append('\n');
            }
        }
        if (topic != null) {
            map.put(topic, fill(text.toString().strip()));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String fill(String text) {
        if (!text.contains("{")) {
            return text;
        }
        StringBuilder encoders = new StringBuilder();
        List<String> types = new java.util.ArrayList<>();
        for (dev.pql.config.FeatureType t : dev.pql.config.FeatureType.values()) {
            types.add(t.name());
            java.util.Set<String> names = new java.util.TreeSet<>(dev.pql.model.Encoders.names(t));
            if (!names.isEmpty()) {
                encoders.append(encoders.length() == 0 ? "" : "; ").append(t.ludwigName()).append(": ")
                        .append(String.join(", ", names));
            }
        }
        return text.replace("{feature_types}", String.join(", ", types)).replace("{encoders}", encoders);
    }

    private static String read() {
        try (InputStream in = StatementKinds.class.getResourceAsStream("statements.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/pql/exec/statements.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
