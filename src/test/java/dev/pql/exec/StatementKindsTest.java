package dev.pql.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pql.parse.Ast;
import dev.pql.parse.StatementParser;
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

/** The statement registry covers the grammar: a statement without an entry, an example or help fails here. */
class StatementKindsTest {
    @Test
    void everyStatementOfTheAstHasOneKind() {
        Set<Class<?>> registered = new HashSet<>();
        for (StatementKind k : StatementKinds.all()) {
            assertTrue(registered.add(k.type()), "registered twice: " + k.type().getSimpleName());
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> c : Ast.Statement.class.getPermittedSubclasses()) {
            if (c != Ast.Sql.class && !registered.contains(c)) {
                missing.add(c.getSimpleName());
            }
        }
        assertTrue(missing.isEmpty(), "statements without a StatementKind: " + missing);
    }

    @Test
    void everyGrammarStatementHasAKind() throws IOException {
        String grammar = Files.readString(Path.of("grammar/Pql.g4"));
        Matcher m = Pattern.compile("pqlStatement\\s*:(.*?);", Pattern.DOTALL).matcher(grammar);
        assertTrue(m.find(), "the grammar's pqlStatement rule");
        long alternatives = m.group(1).lines().map(String::strip).map(l -> l.replaceFirst("^\\|", "").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("//")).count();
        assertEquals(alternatives, StatementKinds.all().size(), "one kind per alternative of pqlStatement");
    }

    @Test
    void examplesParseIntoTheirKind() {
        for (StatementKind k : StatementKinds.all()) {
            Ast.Statement parsed = StatementParser.parse(k.example());
            assertEquals(k.type(), parsed.getClass(), k.name() + ": " + k.example());
            assertEquals(k, StatementKinds.of(parsed));
        }
    }

    @Test
    void everyKindHasHelpAndEveryHelpIsAKind() {
        Set<String> names = new HashSet<>();
        for (StatementKind k : StatementKinds.all()) {
            names.add(k.name());
            String help = StatementKinds.help().get(k.name());
            assertTrue(help != null && !help.isBlank(), "no help for " + k.name());
            assertFalse(help.contains("{"), "an unfilled placeholder in " + k.name() + "'s help");
        }
        for (String topic : StatementKinds.help().keySet()) {
            assertTrue(names.contains(topic), "help for no statement: " + topic);
        }
        String create = StatementKinds.help().get("CREATE MODEL");
        for (String encoder : dev.pql.model.Encoders.names(dev.pql.config.FeatureType.TEXT)) {
            assertTrue(create.contains(encoder), "CREATE MODEL's help lists the text encoder " + encoder);
        }
    }
}
