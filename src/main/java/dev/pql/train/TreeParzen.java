package dev.pql.train;

import dev.pql.config.HyperoptSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The tree-structured Parzen estimator (Bergstra, Bardenet, Bengio and Kegl, "Algorithms for
 * Hyper-Parameter Optimization", 2011), the search of Ludwig's {@code search_alg: hyperopt}. After
 * {@code initialPoints} random trials, the finished trials are split into the best
 * ceil(gamma x sqrt(n)) (hyperopt's rule) and the rest; each parameter gets two densities, l over the best and g over the rest (a
 * Parzen window per observed value plus the space's prior), and the next value is, of
 * {@link #CANDIDATES} drawn from l, the one with the highest l / g. Parameters are modelled one by
 * one, as hyperopt does. Numeric spaces are modelled on their own scale (logs for log spaces) with
 * normal windows truncated to the bounds, each as wide as the larger gap to its neighbours;
 * listed spaces by counts plus one. Deterministic for a seed and a history.
 */
public final class TreeParzen {
    /** Draws from l per suggestion, as hyperopt's n_EI_candidates. */
    static final int CANDIDATES = 24;

    /** A finished trial: its values and its score oriented so that higher is better. */
    public record Observed(Map<String, Object> values, double reward) {
    }

    private final List<HyperoptSpace> spaces;
    private final int initialPoints;
    private final double gamma;
    private final Random random;

    public TreeParzen(List<HyperoptSpace> spaces, int initialPoints, double gamma, long seed) {
        this.spaces = List.copyOf(spaces);
        this.initialPoints = Math.max(1, initialPoints);
        this.gamma = gamma;
        this.random = new Random(seed);
    }

    /** The next trial's values given the trials finished so far (failed trials left out). */
    public Map<String, Object> next(List<Observed> done) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (done.size() < initialPoints) {
            for (HyperoptSpace s : spaces) {
                out.put(s.path(), s.sample(random));
            }
            return out;
        }
        List<Observed> sorted = new ArrayList<>(done);
        sorted.sort(Comparator.comparingDouble(Observed::reward).reversed());
        // hyperopt's split: the best ceil(gamma * sqrt(n)) trials are "good" (25 points at most, its linear_forgetting)
        int good = Math.max(1, Math.min(25, (int) Math.ceil(gamma * Math.sqrt(sorted.size()))));
        List<Observed> best = sorted.subList(0, good);
        List<Observed> rest = sorted.subList(good, sorted.size());
        for (HyperoptSpace s : spaces) {
            out.put(s.path(), s.listed() ? listed(s, best, rest) : numeric(s, best, rest));
        }
        return out;
    }

    private Object listed(HyperoptSpace s, List<Observed> best, List<Observed> rest) {
        List<Object> values = s.values().stream().map(HyperoptSpace::plain).toList();
        double[] l = counts(s, values, best);
        double[] g = counts(s, values, rest);
        int chosen = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CANDIDATES; c++) {
            int k = draw(l);
            double score = Math.log(l[k]) - Math.log(g[k]);
            if (score > top) {
                top = score;
                chosen = k;
            }
        }
        return values.get(chosen);
    }

    /** Shares of each listed value among the trials, with one pseudo-count each (the uniform prior). */
    private static double[] counts(HyperoptSpace s, List<Object> values, List<Observed> trials) {
        double[] w = new double[values.size()];
        Arrays.fill(w, 1);
        for (Observed o : trials) {
            int k = values.indexOf(HyperoptSpace.plain(o.values().get(s.path())));
            if (k >= 0) {
                w[k]++;
            }
        }
        double sum = Arrays.stream(w).sum();
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return w;
    }

    private int draw(double[] shares) {
        double u = random.nextDouble();
        for (int k = 0; k < shares.length; k++) {
            u -= shares[k];
            if (u <= 0) {
                return k;
            }
        }
        return shares.length - 1;
    }

    private Object numeric(HyperoptSpace s, List<Observed> best, List<Observed> rest) {
        double low = s.internalLow();
        double high = s.internalHigh();
        Parzen l = Parzen.of(points(s, best), low, high);
        Parzen g = Parzen.of(points(s, rest), low, high);
        double chosen = Double.NaN;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CANDIDATES; c++) {
            double x = l.sample(random);
            double score = Math.log(l.density(x)) - Math.log(g.density(x));
            if (score > top || Double.isNaN(chosen)) {
                top = score;
                chosen = x;
            }
        }
        return s.external(chosen);
    }

    private static double[] points(HyperoptSpace s, List<Observed> trials) {
        return trials.stream().map(o -> o.values().get(s.path())).filter(Objects::nonNull)
                .mapToDouble(s::internal).toArray();
    }

    /** A mixture of normals truncated to [low, high]: one per observed point and one for the prior (centred, as wide as the range). */
    record Parzen(double[] means, double[] widths, double low, double high) {
        static Parzen of(double[] observed, double low, double high) {
            double range = high - low;
            double[] means = Arrays.copyOf(observed, observed.length + 1);
            means[observed.length] = (low + high) / 2;
            double[] sorted = means.clone();
            Arrays.sort(sorted);
            double narrowest = range / Math.min(100, 1 + observed.length);
            double[] widths = new double[means.length];
            for (int i = 0; i < means.length; i++) {
                if (i == observed.length) {
                    widths[i] = range; // the prior
                    continue;
                }
                int at = Arrays.binarySearch(sorted, means[i]);
                double left = at > 0 ? means[i] - sorted[at - 1] : means[i] - low;
                double right = at < sorted.length - 1 ? sorted[at + 1] - means[i] : high - means[i];
                widths[i] = Math.max(narrowest, Math.min(range, Math.max(left, right)));
            }
            return new Parzen(means, widths, low, high);
        }

        double sample(Random random) {
            int k = random.nextInt(means.length);
            for (int tries = 0; tries < 100; tries++) {
                double x = means[k] + widths[k] * random.nextGaussian();
                if (x >= low && x <= high) {
                    return x;
                }
            }
            return Math.max(low, Math.min(high, means[k]));
        }

        double density(double x) {
            double sum = 0;
            for (int k = 0; k < means.length; k++) {
                double mass = phi((high - means[k]) / widths[k]) - phi((low - means[k]) / widths[k]);
                double z = (x - means[k]) / widths[k];
                sum += Math.exp(-z * z / 2) / (widths[k] * Math.sqrt(2 * Math.PI)) / Math.max(mass, 1e-12);
            }
            return Math.max(sum / means.length, 1e-300);
        }

        /** The standard normal's distribution function, by erf (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
        static double phi(double z) {
            double x = Math.abs(z) / Math.sqrt(2);
            double t = 1 / (1 + 0.3275911 * x);
            double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                    + t * 1.061405429)))) * Math.exp(-x * x);
            return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
        }
    }
}
