package dev.pql.model;

import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_GetLastError;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads LightGBM's native libraries (shipped inside the lightgbmlib jar, for linux, macOS and
 * Windows on x86-64) once per JVM: they are copied to a private temporary folder and loaded from
 * there, so nothing is downloaded and nothing outside the jar is needed but the C++ runtime and
 * OpenMP (libgomp) of the system. As {@link Engines} does for PyTorch.
 */
public final class LightGbm {
    private static final String RESOURCES = "/com/microsoft/ml/lightgbm/";
    private static volatile boolean loaded;

    private LightGbm() {
    }

    /** Loads the native libraries if this JVM has not yet; fails with what is missing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String platform = platform();
        String suffix = platform.startsWith("windows") ? ".dll" : platform.startsWith("osx") ? ".dylib" : ".so";
        try {
            Path dir = Files.createTempDirectory("pql-lightgbm");
            dir.toFile().deleteOnExit();
            for (String lib : new String[] {"lib_lightgbm", "lib_lightgbm_swig"}) {
                Path file = dir.resolve(lib + suffix);
                try (InputStream in = LightGbm.class.getResourceAsStream(RESOURCES + platform + "/" + lib + suffix)) {
                    if (in == null) {
                        throw new PqlException(ErrorCode.NOT_SUPPORTED, "model_type gbm has no LightGBM library for "
                                + platform + " in lightgbmlib; use model_type ecd on this machine.");
                    }
                    Files.copy(in, file);
                }
                file.toFile().deleteOnExit();
                System.load(file.toString());
            }
        } catch (IOException | UnsatisfiedLinkError e) {
            throw new PqlException(ErrorCode.INTERNAL_ERROR, "Cannot load LightGBM for model_type gbm: " + e.getMessage()
                    + (e instanceof UnsatisfiedLinkError ? " (LightGBM needs OpenMP: install libgomp1)" : ""), e);
        }
        loaded = true;
    }

    /** Throws with LightGBM's own message when a C API call failed (non-zero return code). */
    static void check(int rc, String what) {
        if (rc != 0) {
            throw new PqlException(ErrorCode.TRAINING_FAILED, "LightGBM could not " + what + ": " + LGBM_GetLastError());
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String name = os.contains("win") ? "windows" : os.contains("mac") ? "osx" : "linux";
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            throw new PqlException(ErrorCode.NOT_SUPPORTED, "model_type gbm runs on x86-64 only (lightgbmlib ships no "
                    + arch + " library); use model_type ecd on this machine.");
        }
        return name + "/x86_64";
    }
}
