package dev.pql.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes the option reference of docs/config.md from the option registry, so the doc cannot drift
 * from what the validator accepts (a test compares the two).
 */
public final class ConfigDocs {
    /** The markers around the generated part of docs/config.md. */
    public static final String BEGIN = "<!-- BEGIN GENERATED: ConfigDocs.markdown(); do not edit by hand -->";
    public static final String END = "<!-- END GENERATED -->";

    private ConfigDocs() {
    }

    /** The reference, in Markdown. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### Top level\n\n");
        table(b, "", Options.options(""));
        sections(b, "");
        b.append("### `trainer` with `model_type: gbm`\n\n");
        b.append("Gradient-boosted trees (LightGBM) have their own trainer, by Ludwig's (LightGBM's) names, and no "
                + "combiner; inputs are number, binary, category, date, vector, set and bag features, read without "
                + "encoders.\n\n");
        table(b, GbmOptions.SCOPE, Options.options(GbmOptions.SCOPE));
        b.append("### Features (`input_features`, `output_features`)\n\n");
        b.append("Every input feature:\n\n");
        table(b, "input", Options.options("input"));
        b.append("Every output feature:\n\n");
        table(b, "output", Options.options("output"));
        for (FeatureType t : FeatureType.values()) {
            type(b, t);
        }
        return b.toString();
    }

    /** The nested sections of {@code scope}, each under its own heading, recursively. */
    private static void sections(StringBuilder b, String scope) {
        for (Option o : Options.options(scope)) {
            boolean section = o.kind() == Option.Kind.SECTION || o.kind() == Option.Kind.TYPED;
            if (!section || List.of("input_features", "output_features", "defaults").contains(o.name())) {
                continue;
            }
            String child = scope.isEmpty() ? o.name() : scope + "." + o.name();
            if (o.kind() == Option.Kind.TYPED) {
                typed(b, child, "`" + child + "`", child);
                for (String v : Options.variants(child)) {
                    sections(b, child + "." + v);
                }
            } else {
                b.append("### `").append(child).append("`\n\n");
                table(b, child, Options.options(child));
                sections(b, child);
            }
        }
    }

    private static void type(StringBuilder b, FeatureType t) {
        String n = t.ludwigName();
        boolean in = Options.isInputType(t);
        boolean out = Options.isOutputType(t);
        b.append("### ").append(n).append(" features\n\n");
        if (!in && !out) {
            b.append("Not supported by PQL yet (valid in Ludwig).\n\n");
            return;
        }
        b.append("Input: ").append(in ? "yes" : "no").append(". Output: ").append(out ? "yes" : "no").append(".");
        if (out) {
            b.append(" Metrics: ").append(code(Options.metrics(t))).append('.');
        }
        b.append("\n\n");
        if (!Options.options("output." + n).isEmpty()) {
            b.append("Output options:\n\n");
            table(b, "output." + n, Options.options("output." + n));
        }
        b.append("Preprocessing (`preprocessing`):\n\n");
        table(b, n + ".preprocessing", Options.options(n + ".preprocessing"));
        if (in) {
            typed(b, n + ".encoder", "Encoders", "encoder");
        }
        if (out) {
            typed(b, n + ".decoder", "Decoders", "decoder");
            typed(b, n + ".loss", "Losses", "loss");
        }
    }

    /** A typed section: its variants (the default first-marked), then each variant's options. */
    private static void typed(StringBuilder b, String scope, String title, String key) {
        b.append("#### ").append(title).append(" (`").append(key).append(".type`)\n\n");
        b.append("| type | default | meaning |\n|---|---|---|\n");
        for (String v : Options.variants(scope)) {
            Option o = Options.variant(scope, v);
            b.append("| `").append(v).append("` | ").append(o.isDefaultVariant() ? "yes" : "").append(" | ")
                    .append(o.doc()).append(" |\n");
        }
        b.append('\n');
        ludwig(b, scope, "Types");
        for (String v : Options.variants(scope)) {
            List<Option> options = Options.options(scope + "." + v);
            if (!options.isEmpty()) {
                b.append("Options of `").append(v).append("`:\n\n");
                table(b, scope + "." + v, options);
            } else if (!Options.ludwigOnly(scope + "." + v).isEmpty() && !scope.contains(".loss")
                    && !scope.contains(".decoder")) {
                ludwig(b, scope + "." + v, "Options of `" + v + "`");
            }
        }
    }

    private static void table(StringBuilder b, String scope, List<Option> options) {
        if (options.isEmpty()) {
            b.append("No options.\n\n");
        } else {
            b.append("| option | type | default | allowed | meaning |\n|---|---|---|---|---|\n");
            for (Option o : options) {
                b.append("| `").append(o.name()).append("` | ").append(o.kind().words()).append(" | ")
                        .append(defaultText(o)).append(" | ").append(o.check().describe().replace("|", "\\|"))
                        .append(" | ").append(o.doc().replace("|", "\\|")).append(" |\n");
            }
            b.append('\n');
        }
        ludwig(b, scope, "Options");
    }

    private static void ludwig(StringBuilder b, String scope, String what) {
        Set<String> names = Options.ludwigOnly(scope);
        if (!names.isEmpty()) {
            b.append(what).append(" valid in Ludwig but not supported by PQL yet: ")
                    .append(code(new ArrayList<>(names))).append(".\n\n");
        }
    }

    private static String defaultText(Option o) {
        Object d = o.defaultValue();
        if (o.kind() == Option.Kind.SECTION || o.kind() == Option.Kind.TYPED) {
            return d == null ? "" : "filled in";
        }
        if (d == null) {
            return "";
        }
        String text = d instanceof String s ? (s.isEmpty() ? "\"\"" : s) : d instanceof List<?> l ? l.toString()
                : String.valueOf(d);
        return "`" + text + "`";
    }

    private static String code(List<String> names) {
        return String.join(", ", Arrays.stream(names.toArray(String[]::new)).map(n -> "`" + n + "`").toList());
    }
}
