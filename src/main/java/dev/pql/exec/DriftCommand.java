package dev.pql.exec;

import dev.pql.config.FeatureConfig;
import dev.pql.data.Table;
import dev.pql.drift.Drift;
import dev.pql.drift.TrainingProfile;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import dev.pql.parse.Ast;
import dev.pql.registry.DriftHistory;
import dev.pql.registry.LoadedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * SHOW DRIFT: each input of the GIVEN rows compared with the version's training distribution, one
 * row per tracked feature; every run is kept in the model's drift history ({@code pql.drift}).
 * The prediction of a drifted batch is not refused: PREDICT only warns (see {@link #warning}).
 */
final class DriftCommand {
    private final Session session;

    DriftCommand(Session session) {
        this.session = session;
    }

    ExecResult run(Ast.ShowDrift d) {
        LoadedModel model = session.models().load(d.model().text(), d.version());
        ImageFolders.requireConfined(session, model.config());
        TrainingProfile profile = requireProfile(model);
        Table table = Table.read(session.sql().query(d.given().sql(), d.given().position()));
        List<String> warnings = new ArrayList<>();
        List<List<Object>> columns = ScoredRows.featureColumns(model, table, warnings);
        List<String> names = model.config().inputFeatures().stream().map(FeatureConfig::name).toList();
        List<Drift> drifts = Drift.all(profile, names, columns);
        Rows out = new Rows().text("feature").text("type").text("statistic").number("value").number("threshold")
                .bool("drifted").integer("rows").integer("training_rows");
        String now = Instant.now().toString();
        List<DriftHistory.Entry> history = new ArrayList<>();
        for (Drift drift : drifts) {
            FeatureConfig f = feature(model, drift.feature());
            out.add(drift.feature(), f.type().ludwigName(), drift.statistic(), drift.value(), drift.threshold(),
                    drift.drifted(), (int) drift.rows(), (int) drift.trainingRows());
            history.add(new DriftHistory.Entry(now, model.name(), model.version(), drift.feature(), drift.statistic(),
                    drift.value(), drift.threshold(), drift.drifted(), drift.rows(), drift.trainingRows(), session.user()));
        }
        untracked(model, profile, warnings);
        session.models().recordDrift(model.name(), history);
        return ExecResult.rows(out.build(), warnings);
    }

    /**
     * The warning a PREDICT adds when the first batch of its GIVEN rows has drifted, naming the
     * features; null when nothing drifted, the batch is too small to tell, or the version has no
     * training profile. Features missing from the GIVEN rows are left out (PREDICT warns of those).
     */
    static String warning(LoadedModel model, List<List<Object>> columns, List<String> missingFeatures, int rows) {
        TrainingProfile profile = model.profile();
        if (profile == null || rows < Drift.MIN_PREDICT_ROWS) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<List<Object>> present = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = model.config().inputFeatures().get(i).name();
            if (!missingFeatures.contains(name)) {
                names.add(name);
                present.add(columns.get(i));
            }
        }
        List<String> drifted = new ArrayList<>();
        for (Drift d : Drift.all(profile, names, present)) {
            if (d.drifted()) {
                drifted.add(String.format(java.util.Locale.ROOT, "%s (%s %.3f > %.3f)", d.feature(), d.statistic(),
                        d.value(), d.threshold()));
            }
        }
        if (drifted.isEmpty()) {
            return null;
        }
        return "The GIVEN rows have drifted from " + model.name() + " version " + model.version() + "'s training data in "
                + String.join(", ", drifted) + " (measured on the first " + rows + " rows); its predictions may be less "
                + "accurate than its metrics say. SHOW DRIFT " + model.name() + " GIVEN ... shows every feature.";
    }

    private static TrainingProfile requireProfile(LoadedModel model) {
        if (model.profile() == null) {
            throw new PqlException(ErrorCode.INVALID_DATA, model.name() + " version " + model.version() + " was saved "
                    + "before PQL kept the training distribution of its inputs, so there is nothing to compare with. "
                    + "RETRAIN MODEL " + model.name() + " makes a version that has it.");
        }
        return model.profile();
    }

    private static void untracked(LoadedModel model, TrainingProfile profile, List<String> warnings) {
        List<String> skipped = model.config().inputFeatures().stream().map(FeatureConfig::name)
                .filter(n -> profile.feature(n) == null).toList();
        if (!skipped.isEmpty()) {
            warnings.add("Drift is not measured for " + String.join(", ", skipped) + " (date and vector inputs are not "
                    + "tracked yet).");
        }
    }

    private static FeatureConfig feature(LoadedModel model, String name) {
        return model.config().inputFeatures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
