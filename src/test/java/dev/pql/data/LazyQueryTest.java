package dev.pql.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.parse.Ast;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbc.JdbcResultSet;
import org.h2.result.LazyResult;
import org.junit.jupiter.api.Test;

/**
 * A PQL statement's store query (GIVEN SELECT, FROM) runs lazily in H2, and the session's own
 * setting, which H2 does not show in INFORMATION_SCHEMA, is what the user left it.
 */
class LazyQueryTest {

    @Test
    void storeQueriesRunLazilyAndLeaveTheSessionsSettingAlone() throws Exception {
        try (Store store = Store.open("mem:"); Connection h2 = store.connect(); Statement s = h2.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT X AS id FROM SYSTEM_RANGE(1, 1000)");
            SqlLayer sql = new SqlLayer(new Catalog(store), h2, new SqlLayer.EngineSchemas() {
                @Override
                public Map<String, org.apache.calcite.schema.Schema> schemas() {
                    return Map.of();
                }

                @Override
                public Set<String> names() {
                    return Set.of();
                }

                @Override
                public String statementTable(String predict) {
                    throw new UnsupportedOperationException();
                }
            }, false);
            SessionLocal session = (SessionLocal) h2.unwrap(JdbcConnection.class).getSession();
            for (boolean users : new boolean[] {false, true}) {
                session.setLazyQueryExecution(users);
                try (ResultSet rs = sql.query("SELECT id FROM t", new Ast.Position(1, 1))) {
                    assertEquals(users, session.isLazyQueryExecution());
                    assertTrue(rs.next());
                    // computed as it is read, not a whole result in hand (or in a temporary file)
                    assertTrue(rs.unwrap(JdbcResultSet.class).getResult() instanceof LazyResult);
                    int n = 1;
                    while (rs.next()) {
                        n++;
                    }
                    assertEquals(1000, n);
                }
                try (Statement plain = h2.createStatement(); ResultSet rs = plain.executeQuery("SELECT id FROM t")) {
                    // the user's own SQL on the connection runs as the user's setting says
                    assertEquals(users, rs.unwrap(JdbcResultSet.class).getResult() instanceof LazyResult);
                }
            }
        }
    }
}
