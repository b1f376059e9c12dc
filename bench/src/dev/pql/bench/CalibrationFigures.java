package dev.pql.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Expected calibration error of a trained model on the test rows before and after its calibration,
 * from one {@code SHOW CALIBRATION} (its bins carry both), so no second training is needed; the
 * predictions, and with them accuracy, are the same either way (temperature scaling keeps the argmax).
 */
final class CalibrationFigures {
    /** ECE of the raw scores and of the calibrated ones, over 10 equal-width bins. */
    record Ece(double before, double after) {
        boolean met() {
            return after <= before + 1e-12;
        }
    }

    private CalibrationFigures() {
    }

    static Ece of(Statement s, String model, String table) throws SQLException {
        double before = 0;
        double after = 0;
        long rows = 0;
        try (ResultSet rs = s.executeQuery("SHOW CALIBRATION " + model + " GIVEN SELECT * FROM " + table)) {
            while (rs.next()) {
                int n = rs.getInt("rows");
                int nBefore = rs.getInt("rows_before");
                rows += n;
                if (n > 0) {
                    after += n * Math.abs(rs.getDouble("mean_predicted") - rs.getDouble("observed"));
                }
                if (nBefore > 0) {
                    before += nBefore * Math.abs(rs.getDouble("mean_predicted_before") - rs.getDouble("observed_before"));
                }
            }
        }
        return rows == 0 ? new Ece(Double.NaN, Double.NaN) : new Ece(before / rows, after / rows);
    }
}
