package org.epma.web.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/** Reads the run's audit trail straight from its database (as the application's own role, which may SELECT it). */
final class ItAudit {

    private ItAudit() {
    }

    /** How many entries the trail has of this action on this entity. */
    static int count(String action, String entityType, String entityId) {
        Properties server = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("epma.it.systemProperties")), StandardCharsets.UTF_8)) {
            server.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection db = DriverManager.getConnection(server.getProperty("epma.db.url"), server.getProperty("epma.db.user"),
                server.getProperty("epma.db.password"));
             PreparedStatement query = db.prepareStatement("select count(*) from audit.audit_entry where action = ? and entity_type = ?"
                     + " and entity_id = ?")) {
            query.setString(1, action);
            query.setString(2, entityType);
            query.setString(3, entityId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
