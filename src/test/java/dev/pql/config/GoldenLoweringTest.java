package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each statement under golden/ lowers to exactly the config in the .json beside it.
 * Set -Dpql.golden.update=true to rewrite the .json files (then review the diff).
 */
class GoldenLoweringTest {
    /** The columns every golden statement sees, as profiling would report them. */
    static final List<ColumnProfile> EMAILS = List.of(
            new ColumnProfile("ID", Types.INTEGER, 600, 0, 600, 1.0, true, false, 0, 1),
            new ColumnProfile("SUBJECT", Types.VARCHAR, 600, 0, 590, 0, false, false, 0, 6.0),
            new ColumnProfile("BODY", Types.VARCHAR, 600, 3, 597, 0, false, false, 0, 170.4),
            new ColumnProfile("CLASS", Types.VARCHAR, 600, 0, 2, 0, false, false, 0, 1),
            new ColumnProfile("N", Types.VARCHAR, 600, 10, 420, 1.0, false, false, 0, 1),
            new ColumnProfile("COLOR", Types.VARCHAR, 600, 0, 5, 0, false, false, 0, 1),
            new ColumnProfile("FLAG", Types.VARCHAR, 600, 0, 2, 0, false, true, 0, 1),
            new ColumnProfile("CONSTANT", Types.VARCHAR, 600, 0, 1, 0, false, false, 0, 1),
            new ColumnProfile("DAY", Types.VARCHAR, 600, 0, 300, 0, false, false, 1.0, 1));

    static Stream<String> statements() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pql"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("statements")
    void lowersToTheGoldenConfig(String name) throws IOException {
        String pql = read(name + ".pql");
        Lowering.Lowered lowered = Lowering.lower((Ast.CreateModel) StatementParser.parse(pql), EMAILS);
        String actual = ConfigMapper.toJson(lowered.config());
        Path golden = Path.of("src/test/resources/golden", name + ".json");
        if (Boolean.getBoolean("pql.golden.update")) {
            Files.writeString(golden, actual + "\n");
        }
        JsonNode expected = ConfigMapper.json().readTree(read(name + ".json"));
        assertEquals(expected, ConfigMapper.json().readTree(actual), name + " lowered to:\n" + actual);
        // The stored form binds back to the same config (what the registry reads).
        assertEquals(lowered.config(), ConfigMapper.bind(ConfigMapper.json().readTree(actual)));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GoldenLoweringTest.class.getResourceAsStream("/golden/" + resource)) {
            if (in == null) {
                throw new IOException("missing golden file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
