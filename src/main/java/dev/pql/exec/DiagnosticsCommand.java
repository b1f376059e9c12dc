package dev.pql.exec;

import dev.pql.parse.Ast;

/** SHOW CONFUSION MATRIX, SHOW CALIBRATION / ROC and SHOW FEATURE IMPORTANCE. */
final class DiagnosticsCommand {
    private final Engine engine;

    DiagnosticsCommand(Engine engine) {
        this.engine = engine;
    }

    ExecResult confusionMatrix(Ast.ShowConfusionMatrix m) {
        throw Engine.notYet("SHOW CONFUSION MATRIX");
    }

    ExecResult calibration(Ast.ShowCalibration c) {
        throw Engine.notYet("SHOW CALIBRATION");
    }

    ExecResult featureImportance(Ast.ShowFeatureImportance f) {
        throw Engine.notYet("SHOW FEATURE IMPORTANCE");
    }
}
