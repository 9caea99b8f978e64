package dev.tidings.query.messaging;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.hibernate.JDBCException;

/**
 * Tells a failure of the database from a failure of the record. A transient one (the server is
 * down, restarting, overloaded, or a transaction lost a race) is worth retrying: the record is
 * valid and must not be dead-lettered. Anything else would fail the same way every time.
 */
public final class TransientDatabaseFailure implements Predicate<Throwable> {
    /**
     * SQLSTATE classes that say nothing about the record: 08 connection exception, 40 transaction
     * rollback (serialization failure, deadlock), 53 insufficient resources, 57 operator
     * intervention (shutdown, cancel), 58 system error.
     */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private static final int MAX_CAUSES = 20;

    @Override
    public boolean test(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof ClosedConnectionException
                    || current instanceof IOException
                    || current instanceof TimeoutException
                    || isTransientSqlState(sqlState(current))) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        if (failure instanceof DatabaseException database) {
            return database.getSqlState();
        }
        if (failure instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (failure instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }

    private static boolean isTransientSqlState(String sqlState) {
        return sqlState != null
                && sqlState.length() == 5
                && TRANSIENT_SQLSTATE_CLASSES.contains(sqlState.substring(0, 2));
    }
}
