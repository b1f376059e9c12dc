package dev.pql.shell;

import java.util.Locale;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine parser that keeps the line reader in multi-line mode until the buffer ends with a complete
 * {@code ;}-terminated statement or is a shell command, in the manner of sqlline's SqlLineParser.
 */
final class StatementParser implements Parser {

  // Only used to split words for JLine's own needs; backslash must stay literal for \q.
  private final DefaultParser words = new DefaultParser().escapeChars(new char[0]);

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
    if (context == ParseContext.ACCEPT_LINE && !isAcceptable(line)) {
      // EOFError tells LineReader to insert a newline and show the continuation prompt.
      throw new EOFError(-1, -1, "statement not terminated by ;", ";");
    }
    return words.parse(line, cursor, context);
  }

  /** Whether Enter should submit {@code buffer} rather than continue it on a new line. */
  static boolean isAcceptable(String buffer) {
    String t = buffer.strip();
    return t.startsWith("\\") || isQuit(t) || StatementSplitter.isComplete(buffer);
  }

  /** Whether {@code text} is one of the quit commands {@code \q}, {@code quit}, {@code exit}. */
  static boolean isQuit(String text) {
    String t = text.strip();
    while (t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    t = t.toLowerCase(Locale.ROOT);
    return t.equals("\\q") || t.equals("quit") || t.equals("exit");
  }
}
