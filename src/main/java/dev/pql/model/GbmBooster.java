package dev.pql.model;

import static com.microsoft.ml.lightgbm.lightgbmlib.C_API_DTYPE_FLOAT32;
import static com.microsoft.ml.lightgbm.lightgbmlib.C_API_DTYPE_FLOAT64;
import static com.microsoft.ml.lightgbm.lightgbmlib.C_API_PREDICT_NORMAL;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterAddValidData;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterCreate;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterGetCurrentIteration;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterGetPredict;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterLoadModelFromString;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMat;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterRollbackOneIter;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterSaveModelToStringSWIG;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterUpdateOneIter;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetCreateFromMat;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_DatasetSetField;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_floatArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.delete_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_getitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.doubleArray_setitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.double_to_voidp_ptr;
import static com.microsoft.ml.lightgbm.lightgbmlib.floatArray_setitem;
import static com.microsoft.ml.lightgbm.lightgbmlib.float_to_voidp_ptr;
import static com.microsoft.ml.lightgbm.lightgbmlib.intp_value;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_doubleArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_floatArray;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_int64_tp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_intp;
import static com.microsoft.ml.lightgbm.lightgbmlib.new_voidpp;
import static com.microsoft.ml.lightgbm.lightgbmlib.voidpp_value;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A LightGBM booster: trained one round at a time (so that training can report progress, stop
 * early and be cancelled), saved as LightGBM's text model, and scored on a {@link GbmMatrix}.
 * Native memory is freed by {@link #close}. Prediction is thread-safe (LightGBM locks inside).
 */
public final class GbmBooster implements AutoCloseable {
    private final SWIGTYPE_p_void handle;
    private final List<SWIGTYPE_p_void> datasets = new ArrayList<>();
    /** Scores per row: classes for multiclass, one otherwise. */
    private final int outputs;

    private GbmBooster(SWIGTYPE_p_void handle, int outputs) {
        this.handle = handle;
        this.outputs = outputs;
    }

    /**
     * A booster on training rows {@code train} (labels {@code labels}), with {@code validation} as its
     * validation data (may be null). {@code params} are LightGBM's {@code key=value} parameters.
     */
    public static GbmBooster create(GbmMatrix train, float[] labels, GbmMatrix validation, float[] validationLabels,
                                    String params, int outputs) {
        LightGbm.load();
        String datasetParams = params + categorical(train);
        SWIGTYPE_p_void trainSet = dataset(train, labels, datasetParams, null);
        SWIGTYPE_p_p_void out = new_voidpp();
        try {
            LightGbm.check(LGBM_BoosterCreate(trainSet, params, out), "create a booster");
            GbmBooster b = new GbmBooster(voidpp_value(out), outputs);
            b.datasets.add(trainSet);
            if (validation != null && validation.rows() > 0) {
                SWIGTYPE_p_void v = dataset(validation, validationLabels, datasetParams, trainSet);
                b.datasets.add(v);
                LightGbm.check(LGBM_BoosterAddValidData(b.handle, v), "add the validation rows");
            }
            return b;
        } finally {
            delete_voidpp(out);
        }
    }

    /** A booster from its saved text model. */
    public static GbmBooster load(String model, int outputs) {
        LightGbm.load();
        SWIGTYPE_p_p_void out = new_voidpp();
        SWIGTYPE_p_int iterations = new_intp();
        try {
            LightGbm.check(LGBM_BoosterLoadModelFromString(model, iterations, out), "read the saved model");
            return new GbmBooster(voidpp_value(out), outputs);
        } finally {
            delete_intp(iterations);
            delete_voidpp(out);
        }
    }

    /** Adds one round of trees; false when no split improves the loss any more (LightGBM says finished). */
    public boolean update() {
        SWIGTYPE_p_int finished = new_intp();
        try {
            LightGbm.check(LGBM_BoosterUpdateOneIter(handle, finished), "train a round");
            return intp_value(finished) == 0;
        } finally {
            delete_intp(finished);
        }
    }

    public int rounds() {
        SWIGTYPE_p_int n = new_intp();
        try {
            LightGbm.check(LGBM_BoosterGetCurrentIteration(handle, n), "count its rounds");
            return intp_value(n);
        } finally {
            delete_intp(n);
        }
    }

    /** Drops the last rounds until {@code rounds} remain (the best round, after early stopping). */
    public void rollbackTo(int rounds) {
        while (rounds() > rounds) {
            LightGbm.check(LGBM_BoosterRollbackOneIter(handle), "drop a round");
        }
    }

    /**
     * The current scores of the training (0) or validation (1) rows, kept up to date by LightGBM
     * as rounds are added (no new prediction): probabilities or values, one row per example.
     */
    public float[][] currentScores(int data, int rows) {
        SWIGTYPE_p_double result = new_doubleArray((long) rows * outputs);
        SWIGTYPE_p_long_long length = new_int64_tp();
        try {
            LightGbm.check(LGBM_BoosterGetPredict(handle, data, length, result), "report its scores");
            float[][] out = new float[rows][outputs];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < outputs; j++) {
                    out[i][j] = (float) doubleArray_getitem(result, (long) j * rows + i); // class-major
                }
            }
            return out;
        } finally {
            delete_doubleArray(result);
            delete_int64_tp(length);
        }
    }

    /** Scores of the rows of {@code x}: class probabilities, the probability of true, or the value. */
    public float[][] predict(GbmMatrix x) {
        float[][] out = new float[x.rows()][outputs];
        if (x.rows() == 0) {
            return out;
        }
        SWIGTYPE_p_double data = doubles(x.values());
        SWIGTYPE_p_double result = new_doubleArray((long) x.rows() * outputs);
        SWIGTYPE_p_long_long length = new_int64_tp();
        try {
            LightGbm.check(LGBM_BoosterPredictForMat(handle, double_to_voidp_ptr(data), C_API_DTYPE_FLOAT64, x.rows(),
                    x.columns(), 1, C_API_PREDICT_NORMAL, 0, -1, "num_threads=1", length, result), "predict");
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < outputs; j++) {
                    out[i][j] = (float) doubleArray_getitem(result, (long) i * outputs + j); // row-major
                }
            }
            return out;
        } finally {
            delete_doubleArray(data);
            delete_doubleArray(result);
            delete_int64_tp(length);
        }
    }

    /** LightGBM's text model of every round (after {@link #rollbackTo}, the best ones). */
    public String save() {
        SWIGTYPE_p_long_long length = new_int64_tp();
        try {
            String model = LGBM_BoosterSaveModelToStringSWIG(handle, 0, -1, 0, 1L << 30, length);
            if (model == null || model.isEmpty()) {
                LightGbm.check(-1, "save the model");
            }
            return model;
        } finally {
            delete_int64_tp(length);
        }
    }

    @Override
    public void close() {
        LGBM_BoosterFree(handle);
        datasets.forEach(d -> LGBM_DatasetFree(d));
        datasets.clear();
    }

    private static SWIGTYPE_p_void dataset(GbmMatrix x, float[] labels, String params, SWIGTYPE_p_void reference) {
        SWIGTYPE_p_double data = doubles(x.values());
        SWIGTYPE_p_float label = new_floatArray(labels.length);
        SWIGTYPE_p_p_void out = new_voidpp();
        try {
            LightGbm.check(LGBM_DatasetCreateFromMat(double_to_voidp_ptr(data), C_API_DTYPE_FLOAT64, x.rows(), x.columns(),
                    1, params, reference, out), "build its data set");
            SWIGTYPE_p_void set = voidpp_value(out);
            for (int i = 0; i < labels.length; i++) {
                floatArray_setitem(label, i, labels[i]);
            }
            LightGbm.check(LGBM_DatasetSetField(set, "label", float_to_voidp_ptr(label), labels.length,
                    C_API_DTYPE_FLOAT32), "set the labels");
            return set;
        } finally {
            delete_doubleArray(data);
            delete_floatArray(label);
            delete_voidpp(out);
        }
    }

    private static SWIGTYPE_p_double doubles(double[] values) {
        SWIGTYPE_p_double a = new_doubleArray(Math.max(1, values.length));
        for (int i = 0; i < values.length; i++) {
            doubleArray_setitem(a, i, values[i]);
        }
        return a;
    }

    private static String categorical(GbmMatrix x) {
        return x.categorical().isEmpty() ? "" : " categorical_feature="
                + x.categorical().stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
