package dev.pql.server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.jdbc.JdbcMeta;

/**
 * Avatica's server side over the embedded driver, marking every connection it opens as remote:
 * whatever properties a client sends, the session learns that its statements come over the
 * network (and so may not attach sources, see {@code dev.pql.exec.Session}).
 */
final class RemoteMeta extends JdbcMeta {
    RemoteMeta(String url) throws SQLException {
        super(url, new Properties());
    }

    @Override
    public void openConnection(ConnectionHandle ch, Map<String, String> info) {
        Map<String, String> forced = new HashMap<>();
        if (info != null) {
            info.forEach((k, v) -> {
                if (!k.startsWith("pql.")) {
                    forced.put(k, v);
                }
            });
        }
        forced.put(dev.pql.jdbc.Driver.REMOTE_PROPERTY, "true");
        super.openConnection(ch, forced);
    }
}
