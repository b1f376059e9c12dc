package dev.pql.data;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.calcite.schema.lookup.LikePattern;

/** The names a Calcite lookup lists for a pattern, for the schemas PQL builds itself. */
public final class LookupNames {
    private LookupNames() {
    }

    /** The names among {@code candidates} that match {@code pattern}, in their order. */
    public static Set<String> matching(Iterable<String> candidates, LikePattern pattern) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : candidates) {
            if (pattern.matcher().apply(n)) {
                names.add(n);
            }
        }
        return names;
    }
}
