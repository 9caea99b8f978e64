package dev.tidings.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** TIDINGS_POSTGRES_SETTINGS, the server settings an operator adds to profile the local servers. */
class PostgresSettingsTests {

    @Test
    void everyNameValuePairBecomesASetting() {
        assertEquals(
                Map.of(
                        "shared_preload_libraries", "pg_stat_statements,auto_explain",
                        "auto_explain.log_min_duration", "4ms"),
                PostgresServer.extraSettings(
                        "  shared_preload_libraries=pg_stat_statements,auto_explain\n auto_explain.log_min_duration=4ms "));
    }

    @Test
    void unsetOrBlankAddsNothing() {
        assertTrue(PostgresServer.extraSettings(null).isEmpty());
        assertTrue(PostgresServer.extraSettings("   ").isEmpty());
    }

    @Test
    void aWordWithoutAValueIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> PostgresServer.extraSettings("fsync=off pg_stat_statements"));
        assertTrue(refused.getMessage().contains("TIDINGS_POSTGRES_SETTINGS"), refused.getMessage());
        assertTrue(refused.getMessage().contains("pg_stat_statements"), refused.getMessage());
    }
}
