package dev.pql.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Small generated data and a one-epoch model, so that driver tests train in well under a second. */
public final class Fixtures {
    /** Trains in one epoch: enough for a model that predicts, which is all these tests need. */
    public static final String CREATE_MODEL =
            "CREATE MODEL buyer PREDICT buys GIVEN age NUMBER, city FROM people WITH (trainer.epochs = 1)";
    static final java.util.List<String> CLASSES = java.util.List.of("none", "some", "lots");
    static final String[] CITIES = {"Paris", "Lyon", "Nice", "Lille"};

    private Fixtures() {
    }

    /** Table {@code people(id, age, city, note, buys)}, inserted as one batch; buys has 3 classes. */
    public static void people(Connection c, int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id INT PRIMARY KEY, age INT, city VARCHAR(20), note VARCHAR(100),"
                    + " buys VARCHAR(6))");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO people VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setInt(1, i);
                insert.setInt(2, 18 + (i * 7) % 60);
                insert.setString(3, CITIES[i % CITIES.length]);
                if (i % 5 == 0) {
                    insert.setNull(4, java.sql.Types.VARCHAR);
                } else {
                    insert.setString(4, "note " + i);
                }
                int age = 18 + (i * 7) % 60;
                insert.setString(5, age < 30 ? "none" : age < 50 ? "some" : "lots");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The data and the trained model {@code buyer}. */
    public static void peopleAndModel(Connection c) throws SQLException {
        people(c, 40);
        try (Statement s = c.createStatement()) {
            s.execute(CREATE_MODEL);
        }
    }
}
