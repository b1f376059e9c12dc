package dev.pql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementParserTest {

    @Test
    void createModelWithEverything() {
        Ast.CreateModel c = (Ast.CreateModel) StatementParser.parse("""
                create or replace model Spam
                  PREDICT class CATEGORY
                  GIVEN subject TEXT ENCODER parallel_cnn (num_filters = 32, filter_sizes = [2, 3]),
                        body text (tokenizer = 'space', max_sequence_length = 200), n
                  FROM (SELECT * FROM emails WHERE id > 3)
                  WITH (trainer.epochs = 20, trainer.learning_rate = 0.01, random_seed = -7,
                        body.encoder.type = embed);""");
        assertEquals("Spam", c.name().text());
        assertTrue(c.orReplace());
        assertFalse(c.ifNotExists());
        assertEquals("CATEGORY", c.targets().get(0).type().text());
        assertEquals(3, c.given().size());
        Ast.Feature subject = c.given().get(0);
        assertEquals("parallel_cnn", subject.encoder().text());
        assertEquals(Map.of("num_filters", 32L, "filter_sizes", List.of(2L, 3L)), subject.options());
        assertEquals(Map.of("tokenizer", "space", "max_sequence_length", 200L), c.given().get(1).options());
        assertNull(c.given().get(2).type());
        assertEquals("SELECT * FROM emails WHERE id > 3", c.from().query());
        assertEquals(List.of("trainer.epochs", "trainer.learning_rate", "random_seed", "body.encoder.type"),
                List.copyOf(c.with().keySet()));
        assertEquals(-7L, c.with().get("random_seed"));
        assertEquals("embed", c.with().get("body.encoder.type"));
    }

    @Test
    void createModelMinimal() {
        Ast.CreateModel c = (Ast.CreateModel) StatementParser.parse("CREATE MODEL IF NOT EXISTS m PREDICT y FROM t");
        assertTrue(c.ifNotExists());
        assertTrue(c.given().isEmpty());
        assertEquals("SELECT * FROM t", c.from().sql());
    }

    @Test
    void predictGivenQueryKeepsTheQueryText() {
        Ast.Predict p = (Ast.Predict) StatementParser.parse(
                "PREDICT class WITH CONFIDENCE, PROBABILITIES USING spam VERSION 2 GIVEN SELECT id, 'a;b' FROM emails LIMIT 5;");
        assertEquals("class", p.target().text());
        assertTrue(p.withConfidence());
        assertTrue(p.withProbabilities());
        assertEquals("spam", p.model().text());
        assertEquals(2, p.version());
        Ast.GivenQuery q = (Ast.GivenQuery) p.given();
        assertEquals("SELECT id, 'a;b' FROM emails LIMIT 5", q.sql());
        assertEquals(new Ast.Position(1, 73), q.position());
    }

    @Test
    void predictGivenLiterals() {
        Ast.Predict p = (Ast.Predict) StatementParser.parse(
                "PREDICT class GIVEN subject = 'It''s free', n = -2.5, k = 3, ok = TRUE, gone = NULL, p = ?");
        List<Ast.Assignment> v = ((Ast.GivenValues) p.given()).values();
        assertEquals("It's free", v.get(0).value());
        assertEquals(-2.5, v.get(1).value());
        assertEquals(3L, v.get(2).value());
        assertEquals(true, v.get(3).value());
        assertNull(v.get(4).value());
        assertEquals(new Ast.Parameter(1), v.get(5).value());
        assertNull(p.model());
    }

    @Test
    void catalogStatements() {
        assertInstanceOf(Ast.ShowModels.class, StatementParser.parse("show models"));
        Ast.DescribeModel d = (Ast.DescribeModel) StatementParser.parse("DESCRIBE MODEL m VERSION 3");
        assertEquals(3, d.version());
        Ast.DropModel drop = (Ast.DropModel) StatementParser.parse("DROP MODEL IF EXISTS m");
        assertTrue(drop.ifExists());
        Ast.Evaluate e = (Ast.Evaluate) StatementParser.parse("EVALUATE m GIVEN SELECT * FROM t");
        assertEquals("SELECT * FROM t", e.given().sql());
    }

    @Test
    void quotedNamesKeepCase() {
        Ast.CreateModel c = (Ast.CreateModel) StatementParser.parse("CREATE MODEL \"My\"\"Model\" PREDICT \"Class\" FROM t");
        assertEquals("My\"Model", c.name().text());
        assertTrue(c.name().quoted());
        assertEquals("Class", c.targets().get(0).name().text());
    }

    @Test
    void keywordsUsableAsColumnNames() {
        Ast.CreateModel c = (Ast.CreateModel) StatementParser.parse("CREATE MODEL m PREDICT version GIVEN model, models FROM t");
        assertEquals("version", c.targets().get(0).name().text());
    }

    @Test
    void everythingElseIsSql() {
        for (String sql : List.of("SELECT * FROM t", "CREATE TABLE x AS SELECT 1", "create or replace view v as select 1",
                "DROP TABLE t", "show tables", "INSERT INTO t VALUES (1)", "-- comment\nSELECT 1")) {
            assertInstanceOf(Ast.Sql.class, StatementParser.parse(sql), sql);
        }
        assertEquals("SELECT 1", ((Ast.Sql) StatementParser.parse("SELECT 1 ;")).sql());
    }

    @Test
    void syntaxErrorSaysWhereAndWhatWasExpected() {
        PqlException e = assertThrows(PqlException.class,
                () -> StatementParser.parse("CREATE MODEL m\n  PREDICT class GIVEN subject FORM emails"));
        assertEquals(ErrorCode.SYNTAX_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("Syntax error at line 2, column 31: unexpected 'FORM'"), e.getMessage());
        assertTrue(e.getMessage().contains("expected"), e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'FROM'?"), e.getMessage());
        assertTrue(e.getMessage().endsWith("  PREDICT class GIVEN subject FORM emails\n" + " ".repeat(30) + "^"),
                e.getMessage());
    }

    @Test
    void syntaxErrorAtEndOfStatement() {
        PqlException e = assertThrows(PqlException.class, () -> StatementParser.parse("PREDICT class USING"));
        assertTrue(e.getMessage().contains("unexpected end of statement; expected a name"), e.getMessage());
    }

    @Test
    void optionGivenTwiceIsAnError() {
        PqlException e = assertThrows(PqlException.class,
                () -> StatementParser.parse("CREATE MODEL m PREDICT y FROM t WITH (trainer.epochs = 1, trainer.epochs = 2)"));
        assertTrue(e.getMessage().contains("'trainer.epochs' is set twice at line 1, column 59"), e.getMessage());
    }

    @Test
    void configAndExcept() {
        Ast.CreateModel c = (Ast.CreateModel) StatementParser.parse(
                "CREATE MODEL m GIVEN * EXCEPT (id, day) FROM t CONFIG FILE 'm.yaml'");
        assertTrue(c.targets().isEmpty());
        assertEquals(List.of("id", "day"), c.except().stream().map(Ast.Name::text).toList());
        assertEquals(new Ast.ConfigRef("m.yaml", true, new Ast.Position(1, 48)), c.config());
        PqlException e = assertThrows(PqlException.class, () -> StatementParser.parse("CREATE MODEL m FROM t"));
        assertTrue(e.getMessage().contains("neither PREDICT nor CONFIG"), e.getMessage());
    }

    @Test
    void explainRetrainAndCatalogForms() {
        Ast.Explain x = (Ast.Explain) StatementParser.parse("EXPLAIN CREATE OR REPLACE MODEL m PREDICT y FROM t");
        assertInstanceOf(Ast.CreateModel.class, x.statement());
        assertInstanceOf(Ast.Sql.class, StatementParser.parse("EXPLAIN SELECT * FROM t"));
        Ast.Retrain r = (Ast.Retrain) StatementParser.parse("RETRAIN MODEL m WITH (trainer.epochs = 3)");
        assertNull(r.from());
        assertEquals(Map.of("trainer.epochs", 3L), r.with());
        assertEquals(new Ast.DiffModel(((Ast.DiffModel) StatementParser.parse("DIFF MODEL m VERSION 1, VERSION 2")).model(), 1, 2),
                StatementParser.parse("DIFF MODEL m VERSION 1, VERSION 2"));
        assertEquals(3, ((Ast.AlterModel) StatementParser.parse("ALTER MODEL m SET ACTIVE VERSION 3")).activeVersion());
        assertEquals("/tmp/x", ((Ast.ExportModel) StatementParser.parse("EXPORT MODEL m TO '/tmp/x'")).directory());
        assertNull(((Ast.ImportModel) StatementParser.parse("IMPORT MODEL FROM '/tmp/x'")).model());
        assertInstanceOf(Ast.ShowTrainingLog.class, StatementParser.parse("SHOW TRAINING LOG m"));
        assertNull(((Ast.ShowConfusionMatrix) StatementParser.parse("SHOW CONFUSION MATRIX m")).given());
        assertTrue(StatementParser.parse("SHOW ROC m GIVEN SELECT * FROM t") instanceof Ast.ShowRoc);
        assertInstanceOf(Ast.ShowFeatureImportance.class, StatementParser.parse("SHOW FEATURE IMPORTANCE m"));
        Ast.ShowDrift drift = (Ast.ShowDrift) StatementParser.parse("show drift m version 2 given select * from t where x > 1");
        assertEquals(2, drift.version());
        assertEquals("select * from t where x > 1", drift.given().sql());
        assertNull(((Ast.ShowDrift) StatementParser.parse("SHOW DRIFT m GIVEN SELECT 1")).version());
        assertInstanceOf(Ast.Sql.class, StatementParser.parse("SELECT drift FROM t"), "DRIFT stays usable as a name");
        assertInstanceOf(Ast.ShowConfig.class, StatementParser.parse("SHOW CONFIG m VERSION 1"));
        assertInstanceOf(Ast.Sql.class, StatementParser.parse("SHOW TABLES"));
        assertInstanceOf(Ast.Sql.class, StatementParser.parse("ALTER TABLE t ADD COLUMN x INT"));
    }

    @Test
    void predictAliasesOptionsAndGrids() {
        Ast.Predict p = (Ast.Predict) StatementParser.parse("PREDICT class AS c WITH PROBABILITIES OF ('spam'), EXPLANATION "
                + "USING m GIVEN subject = ARRAY['a', 'b'], n = RANGE(0, 1, 0.5)");
        assertEquals("c", p.targets().get(0).columnName());
        assertEquals(List.of("spam"), p.probabilitiesOf());
        assertTrue(p.withExplanation());
        List<Ast.Assignment> v = ((Ast.GivenValues) p.given()).values();
        assertEquals(new Ast.ArrayValue(List.of("a", "b")), v.get(0).value());
        assertEquals(new Ast.RangeValue(0L, 1L, 0.5), v.get(1).value());
    }

    @Test
    void evaluateGroupBySlicesButKeepsInnerGroupBy() {
        Ast.Evaluate e = (Ast.Evaluate) StatementParser.parse(
                "EVALUATE m GIVEN SELECT * FROM (SELECT a, b FROM t GROUP BY a, b) x GROUP BY a, \"B c\"");
        assertEquals("SELECT * FROM (SELECT a, b FROM t GROUP BY a, b) x", e.given().sql());
        assertEquals(List.of("a", "B c"), e.groupBy().stream().map(Ast.Name::text).toList());
        Ast.Evaluate plain = (Ast.Evaluate) StatementParser.parse("EVALUATE m GIVEN SELECT * FROM t");
        assertTrue(plain.groupBy().isEmpty());
    }
}
