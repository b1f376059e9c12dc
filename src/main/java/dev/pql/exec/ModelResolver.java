package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import java.util.ArrayList;
import java.util.List;

/** Finds the model a PREDICT means: the one named in USING, or the only model that predicts the target. */
final class ModelResolver {
    private ModelResolver() {
    }

    static LoadedModel resolve(ModelStore store, Ast.Predict p) {
        Ast.Name target = p.target();
        if (p.targets().size() > 1) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "PREDICT names " + p.targets().size()
                    + " targets; PQL models predict one target so far. PREDICT one at a time.");
        }
        LoadedModel m;
        if (p.model() != null) {
            m = store.load(p.model().text(), p.version());
        } else {
            List<String> candidates = new ArrayList<>();
            for (String name : store.models()) {
                String out = store.config(name, store.resolve(name, null)).outputFeatures().get(0).name();
                if (out.equalsIgnoreCase(target.text())) {
                    candidates.add(name);
                }
            }
            if (candidates.size() != 1) {
                throw new PqlException(ErrorCode.MODEL_NOT_FOUND, (candidates.isEmpty()
                        ? "No model predicts '" + target.text() + "'"
                        : "Several models predict '" + target.text() + "': " + String.join(", ", candidates))
                        + " (at " + target.position() + "); name one with USING model.");
            }
            m = store.load(candidates.get(0), p.version());
        }
        String out = m.head().feature().name();
        if (!out.equalsIgnoreCase(target.text())) {
            throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Model '" + m.name() + "' predicts '" + out + "', not '"
                    + target.text() + "' (at " + target.position() + "). Write PREDICT " + out + " USING " + m.name() + ".");
        }
        return m;
    }
}
