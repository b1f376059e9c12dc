package dev.pql.shell;

import dev.pql.shell.SqlLexer.Kind;
import dev.pql.shell.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
  * The tokens of the statement being completed, with the questions completion rules ask of them:
  * the token before the cursor, the clause it is in, open parentheses, tables named.
  */
class TokenView {

    final Catalog catalog;
    /** Every token of the statement, also those after the cursor. */
    final List<Token> all;
    /** The tokens before the word being completed. */
    final List<Token> before;

    TokenView(Catalog catalog, List<Token> all, List<Token> before) {
        this.catalog = catalog;
        this.all = all;
        this.before = before;
    }

    /** Tables the statement names anywhere (also after the cursor); all tables if it names none. */
    List<String> sourceTables() {
        List<String> tables = catalog.tables();
        List<String> named = new ArrayList<>();
        for (Token t : all) {
            String found = t.kind() == Kind.WORD ? Catalog.find(tables, t.text()) : null;
            if (found != null && !named.contains(found)) {
                named.add(found);
            }
        }
        return named.isEmpty() ? tables : named;
    }

    /** The table that {@code qualifier} names, directly or as an alias ({@code FROM t AS x}). */
    String resolve(String qualifier) {
        List<String> tables = catalog.tables();
        String direct = Catalog.find(tables, qualifier);
        if (direct != null) {
            return direct;
        }
        for (int i = 0; i + 1 < all.size(); i++) {
            String table = Catalog.find(tables, all.get(i).text());
            int alias = all.get(i + 1).is("AS") ? i + 2 : i + 1;
            if (table != null && alias < all.size() && all.get(alias).is(qualifier)) {
                return table;
            }
        }
        return null;
    }

    /** The last token before the word, {@code n} = 1, or the one before it, {@code n} = 2. */
    Token prev(int n) {
        return before.size() >= n ? before.get(before.size() - n) : null;
    }

    /** The last of {@code keywords} seen outside parentheses, upper case, or "". */
    String clause(Set<String> keywords) {
        String clause = "";
        int depth = 0;
        for (Token t : before) {
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            if (depth == 0 && keywords.contains(t.upper())) {
                clause = t.upper();
            }
        }
        return clause;
    }

    /** Indexes (in {@code before}) of the parentheses still open at the cursor. */
    List<Integer> openParens() {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).is("(")) {
                open.add(i);
            } else if (before.get(i).is(")") && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        return open;
    }

    static int indexOf(List<Token> tokens, String keyword) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
