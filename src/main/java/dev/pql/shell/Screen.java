package dev.pql.shell;

import java.io.IOException;
import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
  * The interactive terminal as the shell sees it: its size, colour support and single key presses.
  * Present only when a person is at a terminal, so progress bars, colours and the pager never
  * reach a file or a pipe.
  */
interface Screen {

    /** Columns of the terminal; at least 20. */
    int width();

    /** Rows of the terminal; at least 5. */
    int height();

    /** Whether ANSI colours may be written. */
    boolean color();

    /** Waits for one key press and returns it, or -1 at end of input. */
    int readKey() throws IOException;

    /** The JLine terminal as a screen; colour unless {@code NO_COLOR} is set or it is dumb. */
    static Screen of(Terminal terminal) {
        boolean color = System.getenv("NO_COLOR") == null
                && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && terminal.getNumericCapability(Capability.max_colors) != null;
        return new Screen() {
            @Override
            public int width() {
                int w = terminal.getWidth();
                return w <= 0 ? 80 : Math.max(20, w);
            }

            @Override
            public int height() {
                int h = terminal.getHeight();
                return h <= 0 ? 24 : Math.max(5, h);
            }

            @Override
            public boolean color() {
                return color;
            }

            @Override
            public int readKey() throws IOException {
                // Raw mode so one key arrives without Enter, and Ctrl-C arrives as a key rather than a
                // signal; the previous mode comes back at once.
                Attributes saved = terminal.getAttributes();
                Attributes raw = new Attributes(saved);
                raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN,
                        LocalFlag.ISIG), false);
                raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
                raw.setControlChar(ControlChar.VMIN, 1);
                raw.setControlChar(ControlChar.VTIME, 0);
                terminal.setAttributes(raw);
                try {
                    NonBlockingReader reader = terminal.reader();
                    return reader.read();
                } finally {
                    terminal.setAttributes(saved);
                }
            }
        };
    }
}
