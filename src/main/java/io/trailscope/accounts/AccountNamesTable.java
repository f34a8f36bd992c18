package io.trailscope.accounts;

import io.trailscope.engine.StoreSchema;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Replaces the store's {@code account_names} table with the contents of an accounts file. */
public final class AccountNamesTable {
    private AccountNamesTable() {
    }

    public static void replace(Connection connection, Map<String, String> names) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO " + StoreSchema.ACCOUNT_NAMES_TABLE + " (account_id, account_name) VALUES (?, ?)")) {
                statement.execute(StoreSchema.ACCOUNT_NAMES_DDL);
                statement.execute("DELETE FROM " + StoreSchema.ACCOUNT_NAMES_TABLE);
                for (Map.Entry<String, String> entry : names.entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "writing the account names failed: " + e.getMessage(), e);
        }
    }
}
