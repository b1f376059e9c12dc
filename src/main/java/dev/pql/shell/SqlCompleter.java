package dev.pql.shell;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's view of {@link Completions}: candidates for the buffer, grouped by what they are. */
final class SqlCompleter implements Completer {

    private final Catalog catalog;
    private final Vocabulary vocabulary;

    SqlCompleter(Catalog catalog, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        for (Completions.Candidate c : Completions.complete(buffer, cursor, catalog, vocabulary).candidates()) {
            // key = null, sort by order of appearance so keywords come as listed.
            candidates.add(new Candidate(c.value(), c.value(), c.group(), null, null, null,
                    c.complete()));
        }
    }
}
