package dev.pql.exec;

import dev.pql.config.FeatureType;
import dev.pql.config.Option;
import dev.pql.config.Options;
import dev.pql.model.Encoders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.h2.tools.SimpleResultSet;

/**
 * The engine's words as tables: {@code pql.statements}, {@code pql.feature_types},
 * {@code pql.encoders} and {@code pql.options}, read from the registries themselves (StatementKinds,
 * FeatureType and FeatureKinds, Encoders, the option registry), so a tool completing or documenting
 * PQL (the shell, embedded or remote) asks the engine it talks to instead of keeping a copy that goes
 * stale.
 */
final class EngineVocabulary {
    private EngineVocabulary() {
    }

    static SimpleResultSet statements(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("name").text("least_role").bool("describes_before_running").text("example")
                .text("help");
        if (!columnsOnly) {
            // In the help's order (the statements most used first), as the shell's \h lists them.
            List<String> order = List.copyOf(StatementKinds.help().keySet());
            List<StatementKind> kinds = new ArrayList<>(StatementKinds.all());
            kinds.sort(Comparator.comparingInt(k -> order.contains(k.name()) ? order.indexOf(k.name()) : order.size()));
            for (StatementKind k : kinds) {
                rows.add(k.name(), k.role().word(), k.cheap(), k.example(), StatementKinds.help().get(k.name()));
            }
        }
        return rows.build();
    }

    /** Every feature type, whether a GIVEN column may have it (it has encoders) and whether a PREDICT target may. */
    static SimpleResultSet featureTypes(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("feature_type").bool("as_input").bool("as_output");
        if (!columnsOnly) {
            for (FeatureType t : FeatureType.values()) {
                rows.add(t.ludwigName(), !Encoders.names(t).isEmpty(), FeatureKinds.types().contains(t));
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

    /**
     * Every supported option (Ludwig's names PQL lacks are left out: they are refused with 0A000), with
     * the values it allows where they are a list, comma-separated: what its check names, a typed
     * section's types, or true and false; NULL when any value of its kind goes.
     */
    static SimpleResultSet options(boolean columnsOnly) {
        Rows rows = Rows.forStore().text("scope").text("name").text("kind").text("default_value").text("doc")
                .text("allowed_values");
        if (!columnsOnly) {
            for (Option o : Options.all()) {
                if (o.role() == Option.Role.OPTION) {
                    List<String> allowed = allowed(o);
                    rows.add(o.scope(), o.name(), o.kind().words(), o.defaultValue() == null ? null
                            : String.valueOf(o.defaultValue()), o.doc(), allowed.isEmpty() ? null : String.join(", ", allowed));
                }
            }
        }
        return rows.build();
    }

    private static List<String> allowed(Option o) {
        return switch (o.kind()) {
            case TYPED -> Options.variants(o.scope().isEmpty() ? o.name() : o.scope() + "." + o.name());
            case BOOL -> List.of("true", "false");
            default -> o.check().allowed();
        };
    }
}
