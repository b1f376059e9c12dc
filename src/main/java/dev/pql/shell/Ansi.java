package dev.pql.shell;

/** ANSI styles for the shell's terminal output; every method is the identity when colour is off. */
final class Ansi {

    private static final String RESET = "\u001b[0m";

    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    /** Styling that never writes an escape sequence (files, pipes, NO_COLOR). */
    static final Ansi OFF = new Ansi(false);

    boolean on() {
        return on;
    }

    String red(String s) {
        return style("1;31", s);
    }

    String yellow(String s) {
        return style("33", s);
    }

    String green(String s) {
        return style("32", s);
    }

    String bold(String s) {
        return style("1", s);
    }

    String dim(String s) {
        return style("2", s);
    }

    private String style(String code, String s) {
        return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
