package dev.pql.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every SQLSTATE PQL reports is one ErrorCode, and each is in the table users read (docs/language.md). */
class ErrorCodeDocsTest {
    @Test
    void everyCodeIsDocumentedAndUnique() throws IOException {
        String docs = Files.readString(Path.of("docs/language.md"));
        String table = docs.substring(docs.indexOf("## SQLSTATEs"));
        Set<String> seen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(seen.add(c.sqlState()), "two codes share " + c.sqlState());
            assertEquals(5, c.sqlState().length(), c.name());
            if (!Pattern.compile("^\\|[^|\\n]*\\b" + c.sqlState() + "\\b", Pattern.MULTILINE).matcher(table).find()) {
                missing.add(c.sqlState() + " (" + c.name() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/language.md's SQLSTATE table: " + missing);
    }

    @Test
    void noSqlStateLiteralOutsideErrorCode() throws IOException {
        Pattern literal = Pattern.compile("\"(0[0-9A-Z]|2[0-9A-Z]|4[0-9A-Z]|5[0-9A-Z]|HY|XX|08)[0-9A-Z]{3}\"");
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                if (f.endsWith(Path.of("error", "ErrorCode.java"))) {
                    continue;
                }
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertTrue(found.isEmpty(), "SQLSTATEs belong in ErrorCode: " + found);
    }
}
