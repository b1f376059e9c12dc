package dev.pql.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pql.config.ColumnProfile;
import dev.pql.config.Lowering;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.sql.Types;
import java.util.List;

/**
 * Arbitrary text through the two front doors that read user text: the statement parser, and the
 * config loader (CONFIG text read as YAML or JSON, upgraded, merged with the statement, validated,
 * bound). Each gives a result or a {@link PqlException} with a message, never another exception;
 * Jazzer reports anything else as a finding. One fuzz test, because Jazzer fuzzes one per JVM: the
 * first input byte picks the door.
 */
class FrontDoorFuzzTest {
    /** The columns of the table the fuzzed configs train on, as profiling reports them. */
    static final List<ColumnProfile> COLUMNS = List.of(
            new ColumnProfile("ID", Types.INTEGER, 600, 0, 600, 1.0, true, false, 0, 1),
            new ColumnProfile("BODY", Types.VARCHAR, 600, 3, 597, 0, false, false, 0, 170.4),
            new ColumnProfile("CLASS", Types.VARCHAR, 600, 0, 2, 0, false, false, 0, 1),
            new ColumnProfile("N", Types.DOUBLE, 600, 10, 420, 1.0, false, false, 0, 1),
            new ColumnProfile("COLOR", Types.VARCHAR, 600, 0, 5, 0, false, false, 0, 1));

    @FuzzTest(maxDuration = "15s")
    void parserAndConfigLoader(FuzzedDataProvider data) {
        boolean config = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        try {
            if (config) {
                String sql = "CREATE MODEL m PREDICT class FROM t CONFIG '" + text.replace("'", "''") + "'";
                Lowering.lower((Ast.CreateModel) StatementParser.parse(sql), COLUMNS);
            } else {
                StatementParser.parse(text);
            }
        } catch (PqlException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an error without a message for: " + text, expected);
            }
        }
    }
}
