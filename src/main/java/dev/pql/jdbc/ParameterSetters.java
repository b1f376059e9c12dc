package dev.pql.jdbc;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;

/**
 * Every {@code PreparedStatement.setXxx} of a PQL statement, funnelled into one {@link #set}: a
 * parameter becomes a literal of the statement, so all that matters is its Java value.
 */
abstract class ParameterSetters extends PqlStatement implements PreparedStatement {
    ParameterSetters(PqlConnection connection, Statement delegate) throws java.sql.SQLException {
        super(connection, delegate);
    }

    /** Binds parameter {@code index} (from 1) to {@code value} (null for SQL NULL). */
    abstract void set(int index, Object value) throws SQLException;

    @Override
    public void setNull(int i, int sqlType) throws SQLException {
        set(i, null);
    }

    @Override
    public void setNull(int i, int sqlType, String typeName) throws SQLException {
        set(i, null);
    }

    @Override
    public void setBoolean(int i, boolean x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setByte(int i, byte x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setShort(int i, short x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setInt(int i, int x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setLong(int i, long x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setFloat(int i, float x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setDouble(int i, double x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setBigDecimal(int i, BigDecimal x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setString(int i, String x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setNString(int i, String x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setBytes(int i, byte[] x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setDate(int i, Date x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setDate(int i, Date x, Calendar cal) throws SQLException {
        set(i, x);
    }

    @Override
    public void setTime(int i, Time x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setTime(int i, Time x, Calendar cal) throws SQLException {
        set(i, x);
    }

    @Override
    public void setTimestamp(int i, Timestamp x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setTimestamp(int i, Timestamp x, Calendar cal) throws SQLException {
        set(i, x);
    }

    @Override
    public void setObject(int i, Object x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setObject(int i, Object x, int targetSqlType) throws SQLException {
        set(i, x);
    }

    @Override
    public void setObject(int i, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        set(i, x);
    }

    @Override
    public void setURL(int i, URL x) throws SQLException {
        set(i, x == null ? null : x.toString());
    }

    @Override
    public void setClob(int i, Clob x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setClob(int i, Reader reader) throws SQLException {
        set(i, reader == null ? null : Placeholders.read(reader));
    }

    @Override
    public void setClob(int i, Reader reader, long length) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setNClob(int i, NClob x) throws SQLException {
        set(i, x);
    }

    @Override
    public void setNClob(int i, Reader reader) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setNClob(int i, Reader reader, long length) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setCharacterStream(int i, Reader reader) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setCharacterStream(int i, Reader reader, int length) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setCharacterStream(int i, Reader reader, long length) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setNCharacterStream(int i, Reader reader) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setNCharacterStream(int i, Reader reader, long length) throws SQLException {
        setClob(i, reader);
    }

    @Override
    public void setAsciiStream(int i, InputStream x) throws SQLException {
        setClob(i, x == null ? null : new InputStreamReader(x, StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int i, InputStream x, int length) throws SQLException {
        setAsciiStream(i, x);
    }

    @Override
    public void setAsciiStream(int i, InputStream x, long length) throws SQLException {
        setAsciiStream(i, x);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void setUnicodeStream(int i, InputStream x, int length) throws SQLException {
        setClob(i, x == null ? null : new InputStreamReader(x, StandardCharsets.UTF_16BE)); // JDBC 1: UTF-16
    }

    @Override
    public void setBinaryStream(int i, InputStream x) throws SQLException {
        throw Errors.unsupported("A binary parameter in a PQL statement");
    }

    @Override
    public void setBinaryStream(int i, InputStream x, int length) throws SQLException {
        setBinaryStream(i, x);
    }

    @Override
    public void setBinaryStream(int i, InputStream x, long length) throws SQLException {
        setBinaryStream(i, x);
    }

    @Override
    public void setBlob(int i, Blob x) throws SQLException {
        setBinaryStream(i, null);
    }

    @Override
    public void setBlob(int i, InputStream x) throws SQLException {
        setBinaryStream(i, x);
    }

    @Override
    public void setBlob(int i, InputStream x, long length) throws SQLException {
        setBinaryStream(i, x);
    }

    @Override
    public void setRef(int i, Ref x) throws SQLException {
        throw Errors.unsupported("A REF parameter in a PQL statement");
    }

    @Override
    public void setArray(int i, Array x) throws SQLException {
        throw Errors.unsupported("An ARRAY parameter in a PQL statement");
    }

    @Override
    public void setRowId(int i, RowId x) throws SQLException {
        throw Errors.unsupported("A ROWID parameter in a PQL statement");
    }

    @Override
    public void setSQLXML(int i, SQLXML x) throws SQLException {
        throw Errors.unsupported("An XML parameter in a PQL statement");
    }
}
