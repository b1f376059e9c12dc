package dev.pql.shell;

import dev.pql.shell.SqlLexer.Lexed;
import dev.pql.shell.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
  * Decides what fits at the cursor of a statement from the tokens before it: a small hand-written
  * reading of the PQL grammar (CREATE MODEL, PREDICT, EVALUATE, DESCRIBE, DROP) with plain SQL as
  * the fallback. Feeds the candidates into a {@link Completions}.
  */
final class StatementRules extends TokenView {

    private static final Set<String> COLUMN_CONTEXT = Set.of("SELECT", "WHERE", "BY", "AND", "OR",
            "ON", "HAVING", "SET", "DISTINCT", "NOT", ",", "(", "=", "<", ">", "+", "-", "*", "/");
    private static final Set<String> TABLE_CONTEXT = Set.of("FROM", "JOIN", "INTO", "UPDATE",
            "TABLE");

    private final Completions c;

    StatementRules(Completions c, Lexed lexed) {
        super(c.catalog(), lexed.tokens(), lexed.before());
        this.c = c;
    }

    void run() {
        if (before.isEmpty()) {
            c.keywords(c.vocabulary().statementStarts());
            return;
        }
        switch (before.get(0).upper()) {
            case "CREATE" -> {
                if (indexOf(all, "MODEL") >= 0 && indexOf(all, "MODEL") <= 3) {
                    createModel();
                } else {
                    sql();
                }
            }
            case "PREDICT" -> predict();
            case "EVALUATE" -> evaluate();
            case "DESCRIBE" -> describe();
            case "DROP" -> drop();
            case "SHOW" -> show();
            case "ATTACH" -> c.keywords("DATABASE", "FILES");
            default -> {
                if (before.size() == 1) {
                    // RETRAIN, EXPORT, ALTER ...: the next word of the engine's statements, then SQL's.
                    c.keywords(c.vocabulary().nextWords(List.of(before.get(0).upper())));
                }
                sql();
            }
        }
    }

    private void createModel() {
        Token prev = prev(1);
        List<Integer> open = openParens();
        String clause = clause(Set.of("PREDICT", "GIVEN", "FROM", "WITH"));
        if (!open.isEmpty()) {
            int paren = open.get(open.size() - 1);
            if (open.size() == 1 && paren > 0 && before.get(paren - 1).is("WITH")) {
                settings(prev, true);
            } else if ("FROM".equals(clause)) {
                sql();
            } else {
                settings(prev, false);
            }
            return;
        }
        if (prev.is("MODEL")) {
            if (indexOf(before, "REPLACE") >= 0) {
                c.models();
            }
        } else if (prev(2) != null && prev(2).is("MODEL")) {
            c.keywords("PREDICT");
        } else if ("PREDICT".equals(clause) || "GIVEN".equals(clause)) {
            featureList(prev, clause);
        } else if ("FROM".equals(clause)) {
            if (prev.is("FROM")) {
                c.tables();
            } else {
                c.keywords("WITH");
            }
        }
    }

    /** Inside PREDICT/GIVEN of CREATE MODEL: columns, then a type, an encoder, options. */
    private void featureList(Token prev, String clause) {
        Token prev2 = prev(2);
        if (prev.is("PREDICT") || prev.is("GIVEN") || prev.is(",")) {
            c.columns(sourceTables(), "");
        } else if (prev.is("ENCODER")) {
            String type = prev2 != null ? prev2.text().toLowerCase(Locale.ROOT) : "";
            c.plain("encoder", c.vocabulary().encoders(type));
        } else if (prev2 != null && prev2.is("ENCODER") || prev.is(")")) {
            c.keywords(nextClauses(clause));
        } else if (c.vocabulary().featureTypes().contains(prev.upper())) {
            c.keywords("ENCODER");
            c.keywords(nextClauses(clause));
        } else if (Completions.isName(prev)) {
            c.keywords(c.vocabulary().featureTypes(clause));
            c.keywords("ENCODER");
            c.keywords(nextClauses(clause));
        }
    }

    private static List<String> nextClauses(String clause) {
        return "PREDICT".equals(clause) ? List.of("GIVEN", "FROM") : List.of("FROM");
    }

    /** Inside {@code WITH (...)} (model-wide paths) or a feature's own {@code (k = v)} list. */
    private void settings(Token prev, boolean modelWide) {
        if (prev.is("(") || prev.is(",")) {
            if (modelWide) {
                c.plain("config", c.vocabulary().configPaths());
                for (String f : features()) {
                    c.plain("config", c.vocabulary().featurePaths(f));
                }
            } else {
                c.plain("option", c.vocabulary().encoderOptions());
                c.plain("option", c.vocabulary().preprocessingOptions());
            }
        } else if (prev.is("=") && prev(2) != null) {
            c.plain("value", c.vocabulary().valuesFor(prev(2).text()));
        }
    }

    /** The features the statement names in PREDICT and GIVEN (all columns for GIVEN *). */
    private List<String> features() {
        List<String> out = new ArrayList<>();
        String clause = "";
        int depth = 0;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (depth == 0 && Set.of("PREDICT", "GIVEN", "FROM", "WITH").contains(t.upper())) {
                clause = t.upper();
            } else if (depth == 0 && (clause.equals("PREDICT") || clause.equals("GIVEN"))) {
                Token p = all.get(i - 1);
                if (t.is("*") && p.is("GIVEN")) {
                    sourceTables().forEach(table -> c.catalog().columns(table)
                            .forEach(col -> out.add(col.toLowerCase(Locale.ROOT))));
                } else if (Completions.isName(t) && (p.is("PREDICT") || p.is("GIVEN") || p.is(","))) {
                    out.add(Catalog.unquote(t.text()));
                }
            }
        }
        return Completions.distinct(out);
    }

    private void predict() {
        int given = indexOf(before, "GIVEN");
        if (given >= 0 && given + 1 < before.size() && before.get(given + 1).is("SELECT")) {
            sql();
            return;
        }
        Token prev = prev(1);
        String clause = clause(Set.of("PREDICT", "WITH", "USING", "GIVEN"));
        if (prev.is("PREDICT") || prev.is(",") && "PREDICT".equals(clause)) {
            List<String> targets = new ArrayList<>();
            for (String m : c.catalog().models()) {
                Catalog.Model model = c.catalog().model(m);
                if (model != null && model.target() != null) {
                    targets.add(model.target());
                }
            }
            c.plain("target", Completions.distinct(targets));
        } else if (prev.is("WITH") || prev.is(",") && "WITH".equals(clause)) {
            c.keywords("CONFIDENCE", "PROBABILITIES");
        } else if (prev.is("USING")) {
            c.models();
        } else if (prev.is("GIVEN") || prev.is(",") && "GIVEN".equals(clause)) {
            if (prev.is("GIVEN")) {
                c.keywords("SELECT");
            }
            c.plain("feature", predictFeatures());
        } else if ("PREDICT".equals(clause) || "WITH".equals(clause)) {
            c.keywords("WITH", "USING", "GIVEN");
        } else if ("USING".equals(clause)) {
            c.keywords(prev(2) != null && prev(2).is("USING") ? List.of("VERSION", "GIVEN")
                    : List.of("GIVEN"));
        }
    }

    /** Input features of the USING model, or of the models that predict the PREDICT target. */
    private List<String> predictFeatures() {
        int using = indexOf(before, "USING");
        List<String> out = new ArrayList<>();
        for (String m : c.catalog().models()) {
            Catalog.Model model = c.catalog().model(m);
            if (model == null) {
                continue;
            }
            boolean wanted = using >= 0 && using + 1 < before.size()
                    ? m.equalsIgnoreCase(Catalog.unquote(before.get(using + 1).text()))
                    : before.size() > 1 && model.target() != null
                            && model.target().equalsIgnoreCase(before.get(1).text());
            if (wanted) {
                out.addAll(model.inputs());
            }
        }
        return Completions.distinct(out);
    }

    private void evaluate() {
        int given = indexOf(before, "GIVEN");
        Token prev = prev(1);
        if (given >= 0 && given + 1 < before.size()) {
            sql();
        } else if (prev.is("EVALUATE")) {
            c.models();
        } else if (prev.is("GIVEN")) {
            c.keywords("SELECT");
        } else if (before.size() == 2) {
            c.keywords("VERSION", "GIVEN");
        } else if (prev(2) != null && prev(2).is("VERSION")) {
            c.keywords("GIVEN");
        }
    }

    /** SHOW and the next word of the SHOW statements the engine serves; DRIFT m [VERSION n] GIVEN query; TRIALS m [VERSION n]. */
    private void show() {
        List<String> next = c.vocabulary().nextWords(before.stream().map(Token::upper).toList());
        if (!next.isEmpty()) {
            c.keywords(next);
        } else if (before.size() > 1 && before.get(1).is("DRIFT")) {
            drift();
        } else if (before.size() > 1 && before.get(1).is("TRIALS")) {
            if (prev(1).is("TRIALS")) {
                c.models();
            } else if (before.size() == 3) {
                c.keywords("VERSION");
            }
        }
    }

    /** After SHOW DRIFT: like EVALUATE, a model, VERSION n, then GIVEN and a query. */
    private void drift() {
        int given = indexOf(before, "GIVEN");
        Token prev = prev(1);
        if (given >= 0 && given + 1 < before.size()) {
            sql();
        } else if (prev.is("DRIFT")) {
            c.models();
        } else if (prev.is("GIVEN")) {
            c.keywords("SELECT");
        } else if (before.size() == 3) {
            c.keywords("VERSION", "GIVEN");
        } else if (prev(2) != null && prev(2).is("VERSION")) {
            c.keywords("GIVEN");
        }
    }

    private void describe() {
        Token prev = prev(1);
        if (prev.is("DESCRIBE")) {
            c.keywords(c.vocabulary().nextWords(List.of("DESCRIBE")));
        } else if (prev.is("MODEL")) {
            c.models();
        } else if (before.size() == 3) {
            c.keywords("VERSION");
        }
    }

    private void drop() {
        Token prev = prev(1);
        boolean model = before.size() > 1 && before.get(1).is("MODEL");
        if (prev.is("DROP")) {
            c.keywords(c.vocabulary().nextWords(List.of("DROP")));
            c.keywords("TABLE", "VIEW");
        } else if (prev.is("IF")) {
            c.keywords("EXISTS");
        } else if (prev.is("MODEL") || prev.is("EXISTS") || prev.is("TABLE") || prev.is("VIEW")) {
            if (!prev.is("EXISTS")) {
                c.keywords("IF");
            }
            if (model) {
                c.models();
            } else {
                c.tables();
            }
        } else if (model) {
            c.keywords("VERSION");
        }
    }

    /** Plain SQL: tables after FROM and the like, columns where an expression may go. */
    private void sql() {
        Token prev = prev(1);
        String word = c.word();
        int dot = word.lastIndexOf('.');
        if (dot > 0 && !word.startsWith("\"")) {
            String table = resolve(word.substring(0, dot));
            if (table != null) {
                c.columns(List.of(table), word.substring(0, dot + 1));
            }
        } else if (TABLE_CONTEXT.contains(prev.upper()) || prev.is(",") && "FROM".equals(
                clause(Set.of("SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "ON", "SET")))) {
            c.tables();
        } else if (COLUMN_CONTEXT.contains(prev.upper())) {
            c.columns(sourceTables(), "");
            c.keywords(c.vocabulary().keywords());
        } else {
            c.keywords(c.vocabulary().keywords());
            c.tables();
        }
    }
}
