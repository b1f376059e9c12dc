package dev.pql.exec;

import dev.pql.config.FeatureType;
import dev.pql.config.Option;
import dev.pql.config.Options;
import dev.pql.model.Encoders;
import java.util.TreeSet;
import org.h2.tools.SimpleResultSet;

/**
 * The engine's words as tables: {@code pql.statements}, {@code pql.encoders} and
 * {@code pql.options}, read from the registries themselves (StatementKinds, Encoders, the option
 * registry), so a tool completing or documenting PQL asks the engine it talks to instead of keeping
 * a copy that goes stale.
 */
final class EngineVocabulary {
    private EngineVocabulary() {
    }

    static SimpleResultSet statements(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("name").text("least_role").bool("describes_before_running").text("example")
                .text("help");
        if (!columnsOnly) {
            for (StatementKind k : StatementKinds.all()) {
                rows.add(k.name(), k.role().word(), k.cheap(), k.example(), StatementKinds.help().get(k.name()));
            }
        }
        return rows.build();
    }

    static SimpleResultSet encoders(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("feature_type").text("encoder");
        if (!columnsOnly) {
            for (FeatureType t : FeatureType.values()) {
                for (String name : new TreeSet<>(Encoders.names(t))) {
                    rows.add(t.ludwigName(), name);
                }
            }
        }
        return rows.build();
    }

    /** Every supported option (Ludwig's names PQL lacks are left out: they are refused with 0A000). */
    static SimpleResultSet options(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("scope").text("name").text("kind").text("default_value").text("doc");
        if (!columnsOnly) {
            for (Option o : Options.all()) {
                if (o.role() == Option.Role.OPTION) {
                    rows.add(o.scope(), o.name(), o.kind().words(), o.defaultValue() == null ? null
                            : String.valueOf(o.defaultValue()), o.doc());
                }
            }
        }
        return rows.build();
    }
}
