package dev.pql.config;

import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems one validation pass finds, each at a path. Typos and wrong values are reported
 * before options that Ludwig has and PQL does not: fixing the first kind is always possible.
 */
final class ConfigProblems {
    /** One problem: its code, the config path and what is wrong (without the path, unless {@code whole}). */
    record Problem(ErrorCode code, String path, String message, boolean whole) {
        String text() {
            if (whole) {
                return message;
            }
            return code == ErrorCode.NOT_SUPPORTED ? "At '" + path + "': " + message
                    : "Invalid config at '" + path + "': " + message;
        }
    }

    private static final int SHOWN = 10;
    private final List<Problem> problems = new ArrayList<>();

    void add(ErrorCode code, String path, String message) {
        problems.add(new Problem(code, path, message, false));
    }

    /** An unknown key: "Unknown config key 'trainer.epoch'; allowed here: ... Did you mean 'epochs'?". */
    void unknownKey(String path, String rest) {
        problems.add(new Problem(ErrorCode.INVALID_CONFIG, path, "Unknown config key '" + path + "'; " + rest, true));
    }

    void invalid(String path, String message) {
        add(ErrorCode.INVALID_CONFIG, path, message);
    }

    void notSupported(String path, String message) {
        add(ErrorCode.NOT_SUPPORTED, path, message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws the problems of the most actionable kind, all of them in one message. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> first = problems.stream().filter(p -> p.code() != ErrorCode.NOT_SUPPORTED).toList();
        List<Problem> shown = first.isEmpty() ? problems : first;
        ErrorCode code = shown.get(0).code();
        StringBuilder b = new StringBuilder(shown.get(0).text());
        for (int i = 1; i < Math.min(SHOWN, shown.size()); i++) {
            b.append('\n').append(shown.get(i).text());
        }
        if (shown.size() > SHOWN) {
            b.append("\n(and ").append(shown.size() - SHOWN).append(" more)");
        }
        throw new PqlException(code, b.toString());
    }
}
