package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pql.config.Lowering;
import dev.pql.data.Profiler;
import dev.pql.data.Store;
import dev.pql.data.Table;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a model trains, the heap holds the encoded arrays, not the rows read for it: training takes
 * the job's table once and lets go of it when the rows are encoded. A column the model does not
 * use holds an object of its own here; it must be collectable from the first progress event on.
 */
class TrainingLetsGoOfRowsTest {
    @TempDir
    Path dir;

    @Test
    void theRowsReadAreCollectableWhileTheModelTrains() throws Exception {
        try (Engine engine = new Engine(Store.open(dir.resolve("db").toString()));
             Connection store = engine.store().connect();
             Session session = new Session(engine, "test", Role.ADMIN, 0, store)) {
            try (Statement s = store.createStatement()) {
                s.execute("CREATE TABLE t (x DOUBLE, y VARCHAR, note VARCHAR)");
            }
            Made made = job();
            AtomicReference<Boolean> collected = new AtomicReference<>();
            ExecResult result = new CreateModelCommand(session).train(made.job(), p -> {
                if (collected.get() == null) {
                    collected.set(collectedAfterGc(made.marker()));
                }
            }, () -> false);
            assertNotNull(result);
            assertEquals(Boolean.TRUE, collected.get(), "a value of the rows read was still reachable while the model trained");
            assertNull(made.marker().get());
        }
    }

    /** A job, and a value of its rows that no feature reads. */
    private record Made(CreateModelCommand.Job job, WeakReference<Object> marker) {
    }

    private static boolean collectedAfterGc(WeakReference<Object> ref) {
        for (int i = 0; i < 5 && ref.get() != null; i++) {
            System.gc();
        }
        return ref.get() == null;
    }

    /** The job, its rows built here so that no variable of the test keeps them. */
    private static Made job() {
        Object marker = new Object() {
            @Override
            public String toString() {
                return "marker";
            }
        };
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(new Object[] {i % 10 / 10.0, i % 10 < 5 ? "a" : "b", i == 7 ? marker : "plain"});
        }
        Table table = new Table(List.of("X", "Y", "NOTE"), new int[] {Types.DOUBLE, Types.VARCHAR, Types.JAVA_OBJECT}, rows);
        String text = "CREATE MODEL m PREDICT y GIVEN x FROM t WITH (model_type = 'ecd', trainer.epochs = 2, trainer.folds = 1)";
        Ast.CreateModel stmt = (Ast.CreateModel) StatementParser.parse(text);
        Lowering.Lowered lowered = Lowering.lower(stmt, Profiler.profile(table));
        return new Made(new CreateModelCommand.Job("m", lowered.config(), new ArrayList<>(),
                new CreateModelCommand.TableHandoff(table), stmt.from().sql(), text, true, null), new WeakReference<>(marker));
    }
}
