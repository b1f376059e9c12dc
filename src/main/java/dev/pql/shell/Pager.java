package dev.pql.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
  * The terminal end of a result: tells the status line that output begins, and, when paging is
  * on, stops after each screenful with a {@code --More--} prompt (space: next page, Enter: one
  * line, a: all the rest, q: stop). Counts screen lines, wrapped ones included, from the bytes.
  */
final class Pager extends OutputStream {

    /** Thrown out of the result writer when the user quits the pager; the rest is skipped. */
    static final class Quit extends RuntimeException {
        Quit() {
            super("pager quit", null, false, false);
        }
    }

    private final PrintStream out;
    private final Screen screen;
    private final Ansi ansi;
    private final Runnable onFirstWrite;
    private boolean paging;
    private boolean started;
    private int lines;
    private int column;
    private boolean inEscape;

    /** A pass-through to {@code out}; pages when {@code paging} and {@code screen} is not null. */
    Pager(PrintStream out, Screen screen, Ansi ansi, boolean paging, Runnable onFirstWrite) {
        this.out = out;
        this.screen = screen;
        this.ansi = ansi;
        this.paging = paging && screen != null;
        this.onFirstWrite = onFirstWrite;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (!started) {
            started = true;
            onFirstWrite.run();
        }
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (paging && lines >= screen.height() - 1) {
                out.write(b, from, i - from);
                from = i;
                prompt();
            }
            count(b[i]);
        }
        out.write(b, from, off + len - from);
    }

    /** Advances the line count by one byte of UTF-8 output. */
    private void count(byte b) {
        if (inEscape) {
            inEscape = !(b >= '@' && b <= '~' && b != '[');
        } else if (b == 0x1b) {
            inEscape = true;
        } else if (b == '\n') {
            lines++;
            column = 0;
        } else if (b == '\r') {
            column = 0;
        } else if ((b & 0xC0) != 0x80) { // not a UTF-8 continuation byte: one more column
            if (paging && column >= screen.width()) {
                lines++;
                column = 0;
            }
            column++;
        }
    }

    private void prompt() throws IOException {
        out.print(ansi.bold("--More--") + " (space: page, Enter: line, a: all, q: stop)");
        out.flush();
        int key = screen.readKey();
        out.print("\r\u001b[K");
        switch (key) {
            case ' ', 'f' -> lines = 0;
            case '\r', '\n', 'j' -> lines = screen.height() - 2;
            case 'a', 'A', 'G' -> paging = false;
            default -> throw new Quit(); // q, Ctrl-C, end of input and anything else stop
        }
    }

    @Override
    public void flush() {
        out.flush();
    }
}
