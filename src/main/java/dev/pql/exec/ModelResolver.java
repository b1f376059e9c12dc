package dev.pql.exec;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.LoadedModel;
import dev.pql.registry.ModelStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the model a PREDICT means: the one named in USING, or the only model that predicts the
 * (first) target. A model with several output features answers any of them.
 */
final class ModelResolver {
    private ModelResolver() {
    }

    static LoadedModel resolve(ModelStore store, Ast.Predict p) {
        Ast.Name target = p.target();
        LoadedModel m;
        if (p.model() != null) {
            m = store.load(p.model().text(), p.version());
        } else {
            List<String> candidates = new ArrayList<>();
            for (String name : store.models()) {
                boolean predicts = store.config(name, store.resolve(name, null)).outputFeatures().stream()
                        .anyMatch(out -> out.name().equalsIgnoreCase(target.text()));
                if (predicts) {
                    candidates.add(name);
                }
            }
            if (candidates.size() != 1) {
                throw new PqlException(ErrorCode.MODEL_NOT_FOUND, (candidates.isEmpty()
                        ? "No model predicts '" + target.text() + "'"
                        : "Several models predict '" + target.text() + "': " + String.join(", ", candidates))
                        + " (at " + target.position() + "); name one with USING model.", target.position().toError());
            }
            m = store.load(candidates.get(0), p.version());
        }
        for (Ast.PredictTarget pt : p.targets()) {
            Ast.Name t = pt.name();
            if (m.output(t.text()) == null) {
                String outs = String.join(", ", m.config().outputFeatures().stream().map(f -> f.name()).toList());
                throw new PqlException(ErrorCode.COLUMN_NOT_FOUND, "Model '" + m.name() + "' predicts '" + outs + "', not '"
                        + t.text() + "' (at " + t.position() + "). Write PREDICT " + outs + " USING " + m.name() + ".",
                        t.position().toError());
            }
        }
        return m;
    }
}
