package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The REST side's pool reads as tidings_reader in read-only transactions; the consumer's writes. */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class ReaderDataSourceTests {
    @Inject
    @ReactiveDataSource(ReaderDataSource.NAME)
    Pool reader;

    @Inject
    Pool writer;

    @Test
    void theReaderCanReadButNeverWrite() {
        Row session = reader.query("select current_user, current_setting('transaction_read_only')")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertEquals("tidings_reader", session.getString(0));
        assertEquals("on", session.getString(1));
        reader.query("select count(*) from articles").execute().await().indefinitely();

        PgException refused = assertThrows(
                PgException.class,
                () -> reader.query("delete from articles where id = '00000000-0000-0000-0000-000000000000'")
                        .execute()
                        .await()
                        .indefinitely());
        assertEquals("25006", refused.getSqlState(), "read-only transaction");
    }

    @Test
    void theRolesHoldOnlyTheirPrivileges() {
        Row privileges = writer.query("select has_table_privilege('tidings_reader', 'articles', 'SELECT'),"
                        + " has_table_privilege('tidings_reader', 'articles', 'INSERT'),"
                        + " has_table_privilege('tidings_reader', 'article_entities', 'DELETE'),"
                        + " has_table_privilege('tidings_writer', 'articles', 'INSERT'),"
                        + " has_sequence_privilege('tidings_writer', 'articles_store_seq', 'USAGE')")
                .execute()
                .await()
                .indefinitely()
                .iterator()
                .next();
        assertTrue(privileges.getBoolean(0), "reader selects");
        assertFalse(privileges.getBoolean(1), "reader does not insert");
        assertFalse(privileges.getBoolean(2), "reader does not delete");
        assertTrue(privileges.getBoolean(3), "writer inserts");
        assertTrue(privileges.getBoolean(4), "writer draws store numbers");
    }
}
