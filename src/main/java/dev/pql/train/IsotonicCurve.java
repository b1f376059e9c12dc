package dev.pql.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A monotone (non-decreasing) map from a predicted probability to the share of held-out rows it came
 * true for, fitted by pool-adjacent-violators (isotonic regression, Zadrozny and Elkan 2002) and
 * applied by linear interpolation between the pooled blocks' mean probabilities; flat beyond them.
 *
 * @param x the blocks' mean predicted probability, increasing
 * @param y the blocks' observed share, non-decreasing
 */
public record IsotonicCurve(@JsonProperty("x") double[] x, @JsonProperty("y") double[] y) {

    /** Fits the curve to predicted probabilities and whether each came true. */
    static IsotonicCurve fit(double[] p, boolean[] happened) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        // blocks as (sum of p, sum of outcomes, rows); a block whose share is below its predecessor's pools into it
        List<double[]> blocks = new ArrayList<>();
        for (int i : order) {
            blocks.add(new double[] {p[i], happened[i] ? 1 : 0, 1});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] before = blocks.get(blocks.size() - 2);
                boolean sameP = before[0] / before[2] == last[0] / last[2];
                if (before[1] / before[2] < last[1] / last[2] && !sameP) {
                    break;
                }
                before[0] += last[0];
                before[1] += last[1];
                before[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] x = new double[blocks.size()];
        double[] y = new double[blocks.size()];
        for (int b = 0; b < x.length; b++) {
            x[b] = blocks.get(b)[0] / blocks.get(b)[2];
            y[b] = blocks.get(b)[1] / blocks.get(b)[2];
        }
        return new IsotonicCurve(x, y);
    }

    /** The calibrated probability of {@code p}. */
    double apply(double p) {
        if (x.length == 0) {
            return p;
        }
        if (p <= x[0]) {
            return y[0];
        }
        if (p >= x[x.length - 1]) {
            return y[y.length - 1];
        }
        int hi = Arrays.binarySearch(x, p);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double t = (p - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }
}
