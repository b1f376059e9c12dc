package dev.pql.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.h2.tools.Csv;

/**
 * A folder attached with {@code ATTACH FILES}: each {@code *.csv} and {@code *.json} file in it is
 * a table named after the file. Column types are inferred from the values (whole numbers, decimal
 * numbers, true/false, ISO dates, else text) over the first rows, the way a user would read the
 * file; JSON is an array of objects or one object per line. Files are read when queried, so a file
 * added or changed later is seen by the next query.
 */
public final class FileSource extends AbstractSchema {
    /** Rows read to infer column types. */
    static final int SAMPLE_ROWS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    private final Map<Path, Cached> inferred = new ConcurrentHashMap<>();

    private record Cached(long modified, long size, RowsTable table) {
    }

    public FileSource(Path folder) {
        this.folder = folder;
    }

    /** Checks that the folder can be read, before it is attached. */
    public static void check(String name, Path folder) {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "ATTACH FILES '" + folder + "' AS " + name
                    + ": no readable folder there. Give the path of a folder of .csv or .json files.");
        }
    }

    /** The table names the folder holds now, by file name without its extension. */
    public List<String> tableNames() {
        return new ArrayList<>(files().keySet());
    }

    private Map<String, Path> files() {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                String lower = file.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".csv") || lower.endsWith(".json")) {
                    files.putIfAbsent(file.substring(0, file.lastIndexOf('.')), p);
                }
            });
        } catch (IOException e) {
            throw new PqlException(ErrorCode.CONNECTION_ERROR, "Cannot list the attached folder " + folder + ": "
                    + e.getMessage() + ". Check that it still exists and is readable.", e);
        }
        return files;
    }

    @Override
    protected Map<String, Table> getTableMap() {
        Map<String, Table> tables = new LinkedHashMap<>();
        files().forEach((name, path) -> tables.put(name, table(path)));
        return tables;
    }

    private RowsTable table(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Cached c = inferred.get(file);
            if (c == null || c.modified() != modified || c.size() != size) {
                c = new Cached(modified, size, file.toString().toLowerCase(Locale.ROOT).endsWith(".json")
                        ? jsonTable(file) : csvTable(file));
                inferred.put(file, c);
            }
            return c.table();
        } catch (IOException | SQLException e) {
            throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- CSV ------------------------------------------------------------------------------------

    private static ResultSet openCsv(Path file) throws SQLException {
        Csv csv = new Csv();
        csv.setCaseSensitiveColumnNames(true);
        return csv.read(file.toString(), null, StandardCharsets.UTF_8.name());
    }

    private static RowsTable csvTable(Path file) throws SQLException {
        List<String> names;
        List<TypeGuess> guesses = new ArrayList<>();
        try (ResultSet rs = openCsv(file)) {
            names = CalciteValues.names(rs.getMetaData());
            names.forEach(n -> guesses.add(new TypeGuess()));
            for (int r = 0; r < SAMPLE_ROWS && rs.next(); r++) {
                for (int c = 0; c < names.size(); c++) {
                    guesses.get(c).see(rs.getString(c + 1));
                }
            }
        }
        List<SqlTypeName> types = guesses.stream().map(TypeGuess::type).toList();
        return new RowsTable(names, types, () -> {
            try {
                ResultSet rs = openCsv(file);
                return parsed(rs, types, file);
            } catch (SQLException e) {
                throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static RowsTable.RowSource parsed(ResultSet rs, List<SqlTypeName> types, Path file) {
        return CalciteValues.rows(rs, (r, n) -> {
            Object[] row = new Object[types.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = TypeGuess.parse(r.getString(c + 1), types.get(c));
            }
            return row;
        }, (n, e) -> new PqlException(ErrorCode.INVALID_DATA, file + ", line " + (n + 1) + ": " + e.getMessage()
                + ". The column's type was inferred from the first " + SAMPLE_ROWS + " rows; "
                + "fix the value or load the file with CSVREAD as text.", e));
    }

    // ---- JSON -----------------------------------------------------------------------------------

    private static MappingIterator<JsonNode> openJson(Path file) throws IOException {
        return JSON.readerFor(JsonNode.class).readValues(file.toFile());
    }

    private static RowsTable jsonTable(Path file) throws IOException {
        Map<String, TypeGuess> columns = new LinkedHashMap<>();
        try (MappingIterator<JsonNode> it = openJson(file)) {
            for (int r = 0; r < SAMPLE_ROWS && it.hasNext(); r++) {
                JsonNode node = it.next();
                if (!node.isObject()) {
                    throw new IOException("record " + (r + 1) + " is not a JSON object; PQL reads an array of "
                            + "objects or one object per line");
                }
                Set<String> seen = new LinkedHashSet<>();
                node.fieldNames().forEachRemaining(seen::add);
                for (String f : seen) {
                    JsonNode v = node.get(f);
                    columns.computeIfAbsent(f, k -> new TypeGuess()).see(v.isNull() ? null
                            : v.isValueNode() ? v.asText() : v.toString());
                }
            }
        }
        List<String> names = new ArrayList<>(columns.keySet());
        List<SqlTypeName> types = columns.values().stream().map(TypeGuess::type).toList();
        return new RowsTable(names, types, () -> {
            try {
                MappingIterator<JsonNode> it = openJson(file);
                return new RowsTable.RowSource() {
                    private long record;

                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Object[] next() {
                        JsonNode node = it.next();
                        record++;
                        Object[] row = new Object[names.size()];
                        for (int c = 0; c < row.length; c++) {
                            JsonNode v = node.get(names.get(c));
                            String text = v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
                            try {
                                row[c] = TypeGuess.parse(text, types.get(c));
                            } catch (RuntimeException e) {
                                throw new PqlException(ErrorCode.INVALID_DATA, file + ", record " + record + ", field "
                                        + names.get(c) + ": " + e.getMessage(), e);
                            }
                        }
                        return row;
                    }

                    @Override
                    public void close() {
                        try {
                            it.close();
                        } catch (IOException ignored) {
                            // a file being read: nothing to recover
                        }
                    }
                };
            } catch (IOException e) {
                throw new PqlException(ErrorCode.INVALID_DATA, "Cannot read " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /** The narrowest type every value seen so far fits: BIGINT, DOUBLE, BOOLEAN, DATE, else VARCHAR. */
    static final class TypeGuess {
        private boolean integer = true;
        private boolean decimal = true;
        private boolean bool = true;
        private boolean date = true;
        private boolean any;

        void see(String v) {
            if (v == null || v.isEmpty()) {
                return;
            }
            any = true;
            String t = v.strip();
            integer &= t.matches("[-+]?\\d{1,18}");
            decimal &= isDouble(t);
            bool &= t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false");
            date &= t.matches("\\d{4}-\\d{2}-\\d{2}") && isDate(t);
        }

        SqlTypeName type() {
            if (!any) {
                return SqlTypeName.VARCHAR;
            }
            return integer ? SqlTypeName.BIGINT : decimal ? SqlTypeName.DOUBLE : bool ? SqlTypeName.BOOLEAN
                    : date ? SqlTypeName.DATE : SqlTypeName.VARCHAR;
        }

        static Object parse(String v, SqlTypeName type) {
            if (v == null || (v.isEmpty() && type != SqlTypeName.VARCHAR)) {
                return null;
            }
            String t = v.strip();
            return switch (type) {
                case BIGINT -> Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
                case DOUBLE -> Double.parseDouble(t);
                case BOOLEAN -> {
                    if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException("'" + v + "' is not true or false");
                    }
                    yield Boolean.parseBoolean(t);
                }
                case DATE -> (int) LocalDate.parse(t).toEpochDay();
                default -> v;
            };
        }

        private static boolean isDouble(String t) {
            if (t.equalsIgnoreCase("nan") || t.toLowerCase(Locale.ROOT).contains("infinity")) {
                return false; // words, in a CSV; not numbers a user meant
            }
            try {
                Double.parseDouble(t);
                return !t.endsWith("d") && !t.endsWith("D") && !t.endsWith("f") && !t.endsWith("F");
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static boolean isDate(String t) {
            try {
                LocalDate.parse(t);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

}
