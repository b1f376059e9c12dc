package dev.pql.config;

import java.util.List;

/**
 * One line of the option registry ({@link Options}): an option PQL supports, a variant of a typed
 * section (an encoder, an optimizer, a split type), or names Ludwig knows that PQL does not support yet.
 * The same lines drive defaults, validation and the generated reference in docs/config.md.
 */
public record Option(Role role, String scope, String name, Kind kind, Object defaultValue, Check check, String doc) {

    /** What a registry line declares. */
    public enum Role {
        /** A supported option: {@code scope.name}. */
        OPTION,
        /** A supported value of a typed section's {@code type}: {@code scope.type = name}. */
        VARIANT,
        /** Space-separated names (keys, or values of {@code type}) Ludwig has in this scope and PQL does not. */
        LUDWIG
    }

    /** The shape of an option's value. */
    public enum Kind {
        INT("integer"), FLOAT("number"), BOOL("boolean"), STRING("string"), INT_LIST("list of integers"),
        FLOAT_LIST("list of numbers"), STRING_LIST("list of strings"), SCALAR("string, number or boolean"), COLUMN("column name"),
        /** Ludwig's fc_layers: a list of layers, each a section of output_size, dropout, activation, norm, use_bias. */
        LAYERS("list of layers"),
        /** A metric of the model's output type. */
        METRIC("metric name"),
        /** A section keyed by config paths (hyperopt's parameters), each checked by its owner, not by scope. */
        PATHS("section of config paths"),
        /** A nested section whose options live at scope {@code scope.name}. */
        SECTION("section"),
        /** A nested section with a {@code type}; its options live at scope {@code scope.name.<type>}. */
        TYPED("section with a type"),
        NONE("");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How the docs and errors name this kind. */
        public String words() {
            return words;
        }
    }

    /** A supported option with a constraint on its values. */
    public static Option opt(String scope, String name, Kind kind, Object defaultValue, Check check, String doc) {
        return new Option(Role.OPTION, scope, name, kind, defaultValue, check, doc);
    }

    /** A supported option whose kind alone says what is allowed. */
    public static Option opt(String scope, String name, Kind kind, Object defaultValue, String doc) {
        return opt(scope, name, kind, defaultValue, Check.ANY, doc);
    }

    /** A nested section; {@code create} fills it in (with its defaults) when the config leaves it out. */
    static Option section(String scope, String name, boolean typed, boolean create, String doc) {
        return opt(scope, name, typed ? Kind.TYPED : Kind.SECTION, create ? "" : null, doc);
    }

    /** A supported {@code type} of the typed section at {@code scope}; {@code isDefault} marks the one used when unset. */
    public static Option variant(String scope, String name, boolean isDefault, String doc) {
        return new Option(Role.VARIANT, scope, name, Kind.NONE, isDefault, Check.ANY, doc);
    }

    /**
     * Names valid in Ludwig at {@code scope} but not (yet) in PQL, space-separated: keys of the
     * section, or values of its {@code type}. A {@code *} segment in the scope matches any name.
     */
    static Option ludwig(String scope, String names) {
        return new Option(Role.LUDWIG, scope, names, Kind.NONE, null, Check.ANY, "");
    }

    /** The names of a {@link Role#LUDWIG} line. */
    List<String> names() {
        return List.of(name.trim().split("\\s+"));
    }

    /** True for the default variant of a typed section. */
    boolean isDefaultVariant() {
        return role == Role.VARIANT && Boolean.TRUE.equals(defaultValue);
    }
}
