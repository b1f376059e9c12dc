package dev.pql.exec;

import dev.pql.parse.Ast;
import dev.pql.registry.ModelStore;

/** SHOW CONFIG and DIFF MODEL: a version's stored config, and how two versions' configs differ. */
final class ConfigCommands {
    private ConfigCommands() {
    }

    static ExecResult showConfig(ModelStore store, Ast.ShowConfig c) {
        throw Engine.notYet("SHOW CONFIG");
    }

    static ExecResult diff(ModelStore store, Ast.DiffModel d) {
        throw Engine.notYet("DIFF MODEL");
    }
}
