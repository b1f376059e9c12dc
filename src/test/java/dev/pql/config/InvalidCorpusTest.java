package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid corpus: configs and statements that must fail, each with the exact error it must give
 * in the .error beside it: the SQLSTATE on the first line, then the message. A message line starting
 * with "~ " need only occur in the message (for errors whose list of allowed values grows as PQL
 * does). Set -Dpql.golden.update=true to rewrite the .error files from what PQL says (then review).
 */
class InvalidCorpusTest {
    static List<String> cases() throws IOException {
        return Corpus.files(Corpus.INVALID, "yaml", "json", "pql");
    }

    @Test
    void corpusIsLargeEnough() throws IOException {
        assertTrue(cases().size() >= 40, "at least 40 invalid cases, found " + cases().size());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failsWithItsError(String file) throws IOException {
        Path source = Corpus.INVALID.resolve(file);
        PqlException e = assertThrows(PqlException.class, () -> {
            if (file.endsWith(".pql")) {
                Corpus.lower(Files.readString(source));
            } else {
                ConfigCorpusTest.fromFile(source);
            }
        }, file + " was accepted");
        Path expected = Corpus.INVALID.resolve(Corpus.base(file) + ".error");
        String actual = e.code().sqlState() + "\n" + e.getMessage() + "\n";
        boolean loose = Files.exists(expected) && Files.readString(expected).contains("\n~ ");
        if (Boolean.getBoolean("pql.golden.update") && !loose) {
            Files.writeString(expected, actual);
        }
        assertTrue(Files.exists(expected), "no " + expected + "; it would say:\n" + actual);
        List<String> lines = Files.readAllLines(expected);
        assertEquals(lines.get(0), e.code().sqlState(), file + ": " + e.getMessage());
        if (loose) {
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(!line.startsWith("~ ") || e.getMessage().contains(line.substring(2)),
                        file + ": '" + line.substring(2) + "' not in:\n" + e.getMessage());
            }
        } else {
            assertEquals(String.join("\n", lines.subList(1, lines.size())), e.getMessage(), file);
        }
    }
}
