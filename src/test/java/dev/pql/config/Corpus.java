package dev.pql.config;

import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The corpus under src/test/resources/config and the data columns its configs and statements read. */
final class Corpus {
    static final Path VALID = Path.of("src/test/resources/config/valid");
    static final Path INVALID = Path.of("src/test/resources/config/invalid");

    /** One wide table, as profiling would report it: e-mails, reviews, Titanic, house prices. */
    static final List<ColumnProfile> COLUMNS = List.of(
            p("ID", Types.INTEGER, 0, 600, 1.0, true, false, 0, 1),
            p("SUBJECT", Types.VARCHAR, 0, 590, 0, false, false, 0, 6.0),
            p("BODY", Types.VARCHAR, 3, 597, 0, false, false, 0, 170.4),
            p("CLASS", Types.VARCHAR, 0, 2, 0, false, false, 0, 1),
            p("N", Types.VARCHAR, 10, 420, 1.0, false, false, 0, 1),
            p("COLOR", Types.VARCHAR, 0, 5, 0, false, false, 0, 1),
            p("FLAG", Types.VARCHAR, 0, 2, 0, false, true, 0, 1),
            p("CONSTANT", Types.VARCHAR, 0, 1, 0, false, false, 0, 1),
            p("DAY", Types.VARCHAR, 0, 300, 0, false, false, 1.0, 1),
            p("AGE", Types.INTEGER, 40, 70, 1.0, true, false, 0, 1),
            p("INCOME", Types.DOUBLE, 20, 560, 1.0, false, false, 0, 1),
            p("RATING", Types.INTEGER, 0, 5, 1.0, true, false, 0, 1),
            p("CITY", Types.VARCHAR, 0, 30, 0, false, false, 0, 1.2),
            p("REVIEW", Types.VARCHAR, 0, 598, 0, false, false, 0, 25.0),
            p("SENTIMENT", Types.VARCHAR, 0, 3, 0, false, false, 0, 1),
            p("PRICE", Types.DOUBLE, 0, 400, 1.0, false, false, 0, 1),
            p("SURVIVED", Types.INTEGER, 0, 2, 1.0, true, true, 0, 1),
            p("PCLASS", Types.INTEGER, 0, 3, 1.0, true, false, 0, 1),
            p("SEX", Types.VARCHAR, 0, 2, 0, false, false, 0, 1),
            p("FARE", Types.DOUBLE, 0, 250, 1.0, false, false, 0, 1),
            p("EMBARKED", Types.VARCHAR, 2, 3, 0, false, false, 0, 1),
            p("TITLE", Types.VARCHAR, 0, 500, 0, false, false, 0, 2.5),
            p("LABEL", Types.VARCHAR, 0, 4, 0, false, false, 0, 1),
            p("SCORE", Types.DOUBLE, 0, 550, 1.0, false, false, 0, 1),
            p("SPLIT", Types.INTEGER, 0, 3, 1.0, true, false, 0, 1),
            p("IMAGE_PATH", Types.VARCHAR, 0, 600, 0, false, false, 0, 1));

    private Corpus() {
    }

    private static ColumnProfile p(String name, int type, long nulls, long distinct, double numeric, boolean integers,
                                   boolean booleans, double dates, double tokens) {
        return new ColumnProfile(name, type, 600, nulls, distinct, numeric, integers, booleans, dates, tokens);
    }

    /** Lowers a statement against {@link #COLUMNS}. */
    static Lowering.Lowered lower(String pql) {
        return Lowering.lower((Ast.CreateModel) StatementParser.parse(pql), COLUMNS);
    }

    /** Lowers {@code CREATE MODEL m FROM t CONFIG '<text>'} (the text as is, no SQL quoting). */
    static Lowering.Lowered lowerConfig(String text) {
        Ast.Position at = new Ast.Position(1, 1);
        return Lowering.lower(new Ast.CreateModel(new Ast.Name("m", false, at), false, false, List.of(), List.of(),
                List.of(), new Ast.Source("t", null, at), Map.of(), new Ast.ConfigRef(text, false, at)), COLUMNS);
    }

    /** The file names under {@code dir} with one of the extensions, sorted. */
    static List<String> files(Path dir, String... extensions) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> Stream.of(extensions).anyMatch(e -> n.endsWith("." + e))).sorted().toList();
        }
    }

    /** The name without its extension. */
    static String base(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }
}
