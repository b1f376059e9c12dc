package dev.pql.data;

import java.util.Locale;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * Column names that Calcite reserves but H2 and PQL users write bare: {@code rows} in
 * {@code pql.model_versions}, a feature called {@code value}, {@code date} or {@code year}. When
 * Calcite cannot parse a query at such a word, the word is quoted (upper case: identifiers are
 * case-insensitive) and the parse tried again, so the query means what it meant to the store.
 * Text Calcite parses as written is never changed.
 */
public final class ReservedWords {
    private static final int MAX_FIXES = 32;
    private static final SqlParser.Config CONFIG = SqlParser.config().withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.UNCHANGED).withQuotedCasing(Casing.UNCHANGED).withCaseSensitive(false)
            .withConformance(SqlConformanceEnum.LENIENT);
    private static final SqlAbstractParserImpl.Metadata KEYWORDS = SqlParser.create("", CONFIG).getMetadata();

    private ReservedWords() {
    }

    /** Whether standard SQL reserves a word (Calcite's list: SQL:2003's reserved words and its own). */
    public static boolean isSqlReserved(String word) {
        return KEYWORDS.isReservedWord(word.toUpperCase(Locale.ROOT));
    }

    static String quoteWhereNeeded(String sql) {
        String text = sql;
        for (int i = 0; i < MAX_FIXES; i++) {
            try {
                SqlParser.create(text, CONFIG).parseStmt();
                return text;
            } catch (SqlParseException e) {
                String fixed = quoteAt(text, e.getPos());
                if (fixed == null) {
                    return sql; // a real syntax error: Calcite reports it on the text as written
                }
                text = fixed;
            }
        }
        return sql;
    }

    private static String quoteAt(String text, SqlParserPos pos) {
        if (pos == null || pos.getLineNum() < 1) {
            return null;
        }
        int offset = 0;
        for (int line = 1; line < pos.getLineNum(); line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        int start = offset + pos.getColumnNum() - 1;
        if (start >= 0 && start < text.length() && text.charAt(start) == '.') {
            start++; // Calcite points at the dot of "e.value": the word is the one after it
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < 0 || start >= text.length() || !Character.isLetter(text.charAt(start))
                || (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '"'
                || text.charAt(start - 1) == '_'))) {
            return null;
        }
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String word = text.substring(start, end).toUpperCase(Locale.ROOT);
        if (!KEYWORDS.isReservedWord(word)) {
            return null;
        }
        return text.substring(0, start) + '"' + word + '"' + text.substring(end);
    }
}
