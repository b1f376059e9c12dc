package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/config.md's reference is what the option registry says: the test fails when the doc is stale.
 * Set -Dpql.docs.update=true to regenerate it (then review the diff).
 */
class ConfigDocsTest {
    private static final Path DOC = Path.of("docs/config.md");

    @Test
    void referenceIsCurrent() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(ConfigDocs.BEGIN);
        int end = doc.indexOf(ConfigDocs.END);
        assertTrue(begin >= 0 && end > begin, "docs/config.md lacks the generated-part markers");
        String generated = "\n" + ConfigDocs.markdown();
        String current = doc.substring(begin + ConfigDocs.BEGIN.length(), end);
        if (Boolean.getBoolean("pql.docs.update") && !current.equals(generated)) {
            Files.writeString(DOC, doc.substring(0, begin + ConfigDocs.BEGIN.length()) + generated + doc.substring(end));
            current = generated;
        }
        assertEquals(generated, current, "docs/config.md is stale: run the tests with -Dpql.docs.update=true");
    }
}
