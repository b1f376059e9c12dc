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
        if (ctx.givenList() != null) {
            for (PqlParser.FeatureContext f : ctx.givenList().feature()) {
                given.add(new Ast.Feature(name(f.identifier(0)), f.featureType() == null ? null : keyword(f.featureType()),
                        f.encoder == null ? null : name(f.encoder),
                        f.options_() == null ? Map.of() : settings(f.options_().setting())));
            }
        }
        PqlParser.SourceContext src = ctx.source();
        Ast.Source source = src.subquery() != null
                ? new Ast.Source(null, innerText(src.subquery()), position(src.subquery().getStart()))
                : new Ast.Source(text(src.qualifiedName()), null, position(src.getStart()));
        return new Ast.CreateModel(name(ctx.name), ctx.REPLACE() != null, ctx.EXISTS() != null, targets, given,
                source, settings(ctx.setting()));
    }

    @Override
    public Ast.Statement visitPredict(PqlParser.PredictContext ctx) {
        List<Ast.Name> targets = new ArrayList<>();
        // identifiers: the targets, then (if USING) the model name.
        for (PqlParser.IdentifierContext id : ctx.identifier()) {
            if (id != ctx.model) {
                targets.add(name(id));
            }
        }
        boolean confidence = false;
        boolean probabilities = false;
        for (PqlParser.PredictOptionContext o : ctx.predictOption()) {
            confidence |= o.CONFIDENCE() != null;
            probabilities |= o.PROBABILITIES() != null;
        }
        Ast.Given given;
        if (ctx.query() != null) {
            given = new Ast.GivenQuery(text(ctx.query()), position(ctx.query().getStart()));
        } else {
            List<Ast.Assignment> values = new ArrayList<>();
            for (PqlParser.AssignmentContext a : ctx.assignment()) {
                values.add(new Ast.Assignment(name(a.identifier()), literal(a.literal())));
            }
            given = new Ast.GivenValues(values);
        }
        return new Ast.Predict(targets, confidence, probabilities, ctx.model == null ? null : name(ctx.model),
                version(ctx.version), given);
    }

    @Override
    public Ast.Statement visitEvaluate(PqlParser.EvaluateContext ctx) {
        return new Ast.Evaluate(name(ctx.model), version(ctx.version),
                new Ast.GivenQuery(text(ctx.query()), position(ctx.query().getStart())));
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
            String raw = s.STRING().getText();
            return raw.substring(1, raw.length() - 1).replace("''", "'");
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
