package dev.tidings.query.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

class TransientDatabaseFailureTests {
    private final TransientDatabaseFailure isTransient = new TransientDatabaseFailure();

    @Test
    void unreachableOrRestartingDatabaseIsWorthRetrying() {
        assertTrue(isTransient.test(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(isTransient.test(
                new HibernateException(pg("57P01", "terminating connection due to administrator command"))));
        assertTrue(isTransient.test(pg("40001", "could not serialize access")));
    }

    @Test
    void failureCausedByTheDataIsNot() {
        assertFalse(isTransient.test(pg("22P02", "invalid input syntax for type json")));
        assertFalse(isTransient.test(pg("23502", "null value in column \"title\"")));
        assertFalse(isTransient.test(new IllegalStateException("a bug")));
    }

    private static PgException pg(String sqlState, String message) {
        return new PgException(message, "ERROR", sqlState, null);
    }
}
