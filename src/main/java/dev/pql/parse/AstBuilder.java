package dev.pql.parse;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.gen.PqlBaseVisitor;
import dev.pql.parse.gen.PqlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** Builds {@link Ast} records from the parse tree; embedded queries keep their original text. */
final class AstBuilder extends PqlBaseVisitor<Ast.Statement> {
    private final CharStream chars;
    private int parameterCount;

    AstBuilder(CharStream chars) {
        this.chars = chars;
    }

    @Override
    public Ast.Statement visitStatement(PqlParser.StatementContext ctx) {
        return visit(ctx.pqlStatement());
    }

    @Override
    public Ast.Statement visitCreateModel(PqlParser.CreateModelContext ctx) {
        List<Ast.Target> targets = new ArrayList<>();
        for (PqlParser.TargetContext t : ctx.target()) {
            targets.add(new Ast.Target(name(t.identifier()), t.featureType() == null ? null : keyword(t.featureType())));
        }
        List<Ast.Feature> given = new ArrayList<>();
        List<Ast.Name> except = new ArrayList<>();
        if (ctx.givenList() != null) {
            for (PqlParser.FeatureContext f : ctx.givenList().feature()) {
                given.add(new Ast.Feature(name(f.identifier(0)), f.featureType() == null ? null : keyword(f.featureType()),
                        f.encoder == null ? null : name(f.encoder),
                        f.options_() == null ? Map.of() : settings(f.options_().setting())));
            }
            ctx.givenList().identifier().forEach(id -> except.add(name(id)));
        }
        Ast.ConfigRef config = null;
        if (ctx.configClause() != null) {
            PqlParser.ConfigClauseContext c = ctx.configClause();
            config = new Ast.ConfigRef(unquote(c.STRING().getText()), c.FILE() != null, position(c.getStart()));
        }
        if (targets.isEmpty() && config == null) {
            throw new PqlException(ErrorCode.SYNTAX_ERROR, "CREATE MODEL " + name(ctx.name) + " (at "
                    + position(ctx.getStart()) + ") says neither PREDICT nor CONFIG: name the target with PREDICT col, "
                    + "or give a config with output_features.");
        }
        List<Ast.HyperoptParameter> hyperopt = new ArrayList<>();
        if (ctx.hyperoptClause() != null) {
            for (PqlParser.HyperoptParameterContext h : ctx.hyperoptClause().hyperoptParameter()) {
                String path = String.join(".", h.path().identifier().stream().map(i -> name(i).text()).toList());
                if (hyperopt.stream().anyMatch(p -> p.path().equalsIgnoreCase(path))) {
                    throw new PqlException(ErrorCode.SYNTAX_ERROR, "HYPEROPT searches '" + path + "' twice (at "
                            + position(h.getStart()) + "). Give each parameter once.");
                }
                hyperopt.add(new Ast.HyperoptParameter(path, name(h.space).text().toLowerCase(java.util.Locale.ROOT),
                        h.settingValue().stream().map(this::settingValue).toList(), position(h.getStart())));
            }
        }
        return new Ast.CreateModel(name(ctx.name), ctx.REPLACE() != null, ctx.EXISTS() != null, targets, given, except,
                source(ctx.source()), ctx.withClause() == null ? Map.of() : settings(ctx.withClause().setting()), config,
                hyperopt);
    }

    @Override
    public Ast.Statement visitAttach(PqlParser.AttachContext ctx) {
        String kind = ctx.DATABASE() != null ? "database" : ctx.FILES() != null ? "files" : ctx.SPARK() != null ? "spark" : null;
        return new Ast.Attach(kind, unquote(ctx.STRING().getText()), name(ctx.name),
                ctx.options_() == null ? Map.of() : settings(ctx.options_().setting()), position(ctx.getStart()));
    }

    @Override
    public Ast.Statement visitDetach(PqlParser.DetachContext ctx) {
        return new Ast.Detach(name(ctx.name), ctx.EXISTS() != null);
    }

    @Override
    public Ast.Statement visitShowSources(PqlParser.ShowSourcesContext ctx) {
        return new Ast.ShowSources();
    }

    @Override
    public Ast.Statement visitShowWarnings(PqlParser.ShowWarningsContext ctx) {
        return new Ast.ShowWarnings();
    }

    @Override
    public Ast.Statement visitRetrainModel(PqlParser.RetrainModelContext ctx) {
        return new Ast.Retrain(name(ctx.name), ctx.source() == null ? null : source(ctx.source()),
                ctx.withClause() == null ? Map.of() : settings(ctx.withClause().setting()));
    }

    @Override
    public Ast.Statement visitExplain(PqlParser.ExplainContext ctx) {
        return new Ast.Explain(ctx.createModel() != null ? visit(ctx.createModel()) : visit(ctx.retrainModel()));
    }

    private Ast.Source source(PqlParser.SourceContext src) {
        return src.subquery() != null
                ? new Ast.Source(null, innerText(src.subquery()), position(src.subquery().getStart()))
                : new Ast.Source(text(src.qualifiedName()), null, position(src.getStart()));
    }

    @Override
    public Ast.Statement visitPredict(PqlParser.PredictContext ctx) {
        List<Ast.PredictTarget> targets = new ArrayList<>();
        for (PqlParser.PredictTargetContext t : ctx.predictTarget()) {
            targets.add(new Ast.PredictTarget(name(t.identifier(0)), t.alias == null ? null : name(t.alias)));
        }
        boolean confidence = false;
        boolean probabilities = false;
        boolean explanation = false;
        List<Object> of = new ArrayList<>();
        for (PqlParser.PredictOptionContext o : ctx.predictOption()) {
            confidence |= o.CONFIDENCE() != null;
            probabilities |= o.PROBABILITIES() != null;
            explanation |= o.EXPLANATION() != null;
            o.literal().forEach(l -> of.add(literal(l)));
        }
        Ast.Given given;
        if (ctx.query() != null) {
            given = new Ast.GivenQuery(text(ctx.query()), position(ctx.query().getStart()));
        } else {
            List<Ast.Assignment> values = new ArrayList<>();
            for (PqlParser.AssignmentContext a : ctx.assignment()) {
                values.add(new Ast.Assignment(name(a.identifier()), givenValue(a.givenValue())));
            }
            given = new Ast.GivenValues(values);
        }
        return new Ast.Predict(targets, confidence, probabilities, of, explanation,
                ctx.model == null ? null : name(ctx.model), version(ctx.version), given);
    }

    private Object givenValue(PqlParser.GivenValueContext v) {
        if (v instanceof PqlParser.ArrayValueContext a) {
            return new Ast.ArrayValue(a.literal().stream().map(this::literal).toList());
        }
        if (v instanceof PqlParser.RangeValueContext r) {
            return new Ast.RangeValue(literal(r.literal(0)), literal(r.literal(1)), literal(r.literal(2)));
        }
        return literal(((PqlParser.SingleValueContext) v).literal());
    }

    @Override
    public Ast.Statement visitEvaluate(PqlParser.EvaluateContext ctx) {
        return evaluate(ctx);
    }

    /**
     * EVALUATE's query, less a trailing top-level {@code GROUP BY c, ...}: that clause slices the
     * metrics (grouping the GIVEN rows themselves would only aggregate away what is evaluated).
     */
    private Ast.Evaluate evaluate(PqlParser.EvaluateContext ctx) {
        PqlParser.QueryContext q = ctx.query();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < q.getChildCount(); i++) {
            if (q.getChild(i).getPayload() instanceof Token t) {
                tokens.add(t);
            }
        }
        int depth = 0;
        int groupAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            depth += type == PqlParser.LPAREN ? 1 : type == PqlParser.RPAREN ? -1 : 0;
            if (depth == 0 && i + 1 < tokens.size() && tokens.get(i).getText().equalsIgnoreCase("GROUP")
                    && tokens.get(i + 1).getText().equalsIgnoreCase("BY")) {
                groupAt = i;
            }
        }
        List<Ast.Name> groupBy = new ArrayList<>();
        String sql = text(q);
        if (groupAt > 0 && onlyNames(tokens.subList(groupAt + 2, tokens.size()))) {
            for (Token t : tokens.subList(groupAt + 2, tokens.size())) {
                if (t.getType() != PqlParser.COMMA) {
                    String raw = t.getText();
                    boolean quoted = t.getType() == PqlParser.QUOTED_IDENT;
                    groupBy.add(new Ast.Name(quoted ? raw.substring(1, raw.length() - 1) : raw, quoted, position(t)));
                }
            }
            sql = chars.getText(Interval.of(q.getStart().getStartIndex(), tokens.get(groupAt - 1).getStopIndex()));
        }
        return new Ast.Evaluate(name(ctx.model), version(ctx.version),
                new Ast.GivenQuery(sql, position(q.getStart())), groupBy);
    }

    /** Whether tokens are {@code name (, name)*}. */
    private static boolean onlyNames(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            boolean ok = i % 2 == 1 ? type == PqlParser.COMMA
                    : type == PqlParser.IDENT || type == PqlParser.QUOTED_IDENT || isWord(tokens.get(i));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(Token t) {
        return t.getText().matches("[A-Za-z_][A-Za-z_0-9]*");
    }

    @Override
    public Ast.Statement visitShowConfig(PqlParser.ShowConfigContext ctx) {
        return new Ast.ShowConfig(name(ctx.model), version(ctx.version), ctx.PATHS() != null);
    }

    @Override
    public Ast.Statement visitShowTrainingLog(PqlParser.ShowTrainingLogContext ctx) {
        return new Ast.ShowTrainingLog(name(ctx.model), version(ctx.version));
    }

    @Override
    public Ast.Statement visitShowTrials(PqlParser.ShowTrialsContext ctx) {
        return new Ast.ShowTrials(name(ctx.model), version(ctx.version));
    }

    @Override
    public Ast.Statement visitShowConfusionMatrix(PqlParser.ShowConfusionMatrixContext ctx) {
        return new Ast.ShowConfusionMatrix(name(ctx.model), version(ctx.version), given(ctx.query()));
    }

    @Override
    public Ast.Statement visitShowCalibration(PqlParser.ShowCalibrationContext ctx) {
        return new Ast.ShowCalibration(name(ctx.model), version(ctx.version), given(ctx.query()));
    }

    @Override
    public Ast.Statement visitShowRoc(PqlParser.ShowRocContext ctx) {
        return new Ast.ShowRoc(name(ctx.model), version(ctx.version), given(ctx.query()));
    }

    @Override
    public Ast.Statement visitShowFeatureImportance(PqlParser.ShowFeatureImportanceContext ctx) {
        return new Ast.ShowFeatureImportance(name(ctx.model), version(ctx.version), given(ctx.query()));
    }

    @Override
    public Ast.Statement visitShowDrift(PqlParser.ShowDriftContext ctx) {
        return new Ast.ShowDrift(name(ctx.model), version(ctx.version), given(ctx.query()));
    }

    @Override
    public Ast.Statement visitDiffModel(PqlParser.DiffModelContext ctx) {
        return new Ast.DiffModel(name(ctx.model), Integer.parseInt(ctx.a.getText()), Integer.parseInt(ctx.b.getText()));
    }

    @Override
    public Ast.Statement visitAlterModel(PqlParser.AlterModelContext ctx) {
        return new Ast.AlterModel(name(ctx.model), Integer.parseInt(ctx.version.getText()));
    }

    @Override
    public Ast.Statement visitExportModel(PqlParser.ExportModelContext ctx) {
        return new Ast.ExportModel(name(ctx.model), version(ctx.version), unquote(ctx.STRING().getText()));
    }

    @Override
    public Ast.Statement visitExportReport(PqlParser.ExportReportContext ctx) {
        return new Ast.ExportReport(name(ctx.model), version(ctx.version), unquote(ctx.STRING().getText()));
    }

    @Override
    public Ast.Statement visitImportModel(PqlParser.ImportModelContext ctx) {
        return new Ast.ImportModel(ctx.model == null ? null : name(ctx.model), unquote(ctx.STRING().getText()));
    }

    private Ast.GivenQuery given(PqlParser.QueryContext q) {
        return q == null ? null : new Ast.GivenQuery(text(q), position(q.getStart()));
    }

    private static String unquote(String raw) {
        return raw.substring(1, raw.length() - 1).replace("''", "'");
    }

    @Override
    public Ast.Statement visitShowModels(PqlParser.ShowModelsContext ctx) {
        return new Ast.ShowModels();
    }

    @Override
    public Ast.Statement visitDescribeModel(PqlParser.DescribeModelContext ctx) {
        return new Ast.DescribeModel(name(ctx.model), version(ctx.version));
    }

    @Override
    public Ast.Statement visitDropModel(PqlParser.DropModelContext ctx) {
        return new Ast.DropModel(name(ctx.model), ctx.EXISTS() != null, version(ctx.version));
    }

    private Map<String, Object> settings(List<PqlParser.SettingContext> settings) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (PqlParser.SettingContext s : settings) {
            String path = String.join(".", s.path().identifier().stream().map(i -> name(i).text()).toList());
            if (map.containsKey(path)) {
                throw new PqlException(ErrorCode.SYNTAX_ERROR, "'" + path + "' is set twice at "
                        + position(s.getStart()) + ". Give each option once.");
            }
            map.put(path, settingValue(s.settingValue()));
        }
        return map;
    }

    private Object settingValue(PqlParser.SettingValueContext v) {
        if (v.literal() != null) {
            return literal(v.literal());
        }
        if (v.envRef() != null) {
            return new Ast.EnvRef(unquote(v.envRef().STRING().getText()));
        }
        if (v.identifier() != null) {
            return name(v.identifier()).text(); // a bare word is a string: cell_type = lstm
        }
        List<Object> items = new ArrayList<>();
        for (PqlParser.SettingValueContext item : v.list().settingValue()) {
            items.add(settingValue(item));
        }
        return items;
    }

    private Object literal(PqlParser.LiteralContext ctx) {
        if (ctx instanceof PqlParser.StringLiteralContext s) {
            return unquote(s.STRING().getText());
        }
        if (ctx instanceof PqlParser.NumberLiteralContext n) {
            String digits = (n.MINUS() != null ? "-" : "") + (n.INTEGER() != null ? n.INTEGER().getText() : n.DECIMAL().getText());
            if (n.INTEGER() != null) {
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    return Double.parseDouble(digits);
                }
            }
            return Double.parseDouble(digits);
        }
        if (ctx instanceof PqlParser.BooleanLiteralContext b) {
            return b.TRUE() != null;
        }
        if (ctx instanceof PqlParser.ParameterLiteralContext) {
            return new Ast.Parameter(++parameterCount);
        }
        return null;
    }

    private Ast.Name name(PqlParser.IdentifierContext id) {
        String raw = id.getText();
        boolean quoted = id.QUOTED_IDENT() != null;
        String text = quoted ? raw.substring(1, raw.length() - 1).replace("\"\"", "\"") : raw;
        return new Ast.Name(text, quoted, position(id.getStart()));
    }

    /** A keyword used as a value (a feature type), as written. */
    private static Ast.Name keyword(ParserRuleContext ctx) {
        return new Ast.Name(ctx.getText(), false, position(ctx.getStart()));
    }

    private static Integer version(Token token) {
        return token == null ? null : Integer.valueOf(token.getText());
    }

    private static Ast.Position position(Token t) {
        return new Ast.Position(t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** The original text of a rule, whitespace and comments included. */
    private String text(ParserRuleContext ctx) {
        return chars.getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
    }

    /** The text between a subquery's outer parentheses. */
    private String innerText(PqlParser.SubqueryContext ctx) {
        return chars.getText(Interval.of(ctx.getStart().getStopIndex() + 1, ctx.getStop().getStartIndex() - 1)).strip();
    }
}
