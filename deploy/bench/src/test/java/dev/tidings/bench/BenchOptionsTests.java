package dev.tidings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTests {
    private static final Path ROOT = Path.of("/checkout");

    @Test
    void defaultsStartAStackOnTheReutersCorpus() {
        BenchOptions options = BenchOptions.parse(new String[0], ROOT);

        assertEquals(BenchOptions.DEFAULT_ARTICLES, options.articles());
        assertEquals(3000, options.limit());
        assertEquals(ROOT.resolve("deploy/local/.run/bench.json"), options.json());
        assertNull(options.reuse());
        assertEquals(List.of(50, 200), options.queryRates());
    }

    @Test
    void reuseTakesUrlsInOrderOrByRoleAndRunShPortsForTheRest() {
        BenchOptions positional =
                BenchOptions.parse(new String[] {"--reuse", "http://h:1/", "http://h:2", "--limit", "10"}, ROOT);
        BenchOptions byRole =
                BenchOptions.parse(new String[] {"--reuse", "kafka=h:9", "postgres=jdbc:postgresql://h:5/db"}, ROOT);

        assertEquals(
                Map.of(
                        "ingest", "http://h:1",
                        "enrichment", "http://h:2",
                        "query", "http://127.0.0.1:8083",
                        "kafka", "127.0.0.1:19092",
                        "postgres", "jdbc:postgresql://127.0.0.1:15432/postgres"),
                positional.reuse());
        assertEquals(10, positional.limit());
        assertEquals("h:9", byRole.reuse().get("kafka"));
        assertEquals("jdbc:postgresql://h:5/db", byRole.reuse().get("postgres"));
        assertEquals("http://127.0.0.1:8081", byRole.reuse().get("ingest"));
    }

    @Test
    void mistakesAreRefusedWithTheOptionNamed() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--limt", "5"}, ROOT));
        IllegalArgumentException notANumber = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--limit", "many"}, ROOT));
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--json"}, ROOT));

        assertTrue(unknown.getMessage().contains("--limt"));
        assertTrue(notANumber.getMessage().contains("--limit"));
        assertTrue(missing.getMessage().contains("--json"));
    }

    @Test
    void onlyQueryNeedsAReusedStack() {
        BenchOptions options = BenchOptions.parse(new String[] {"--reuse", "--only", "query"}, ROOT);

        assertTrue(options.queryOnly());
        assertEquals("http://127.0.0.1:8083", options.reuse().get("query"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--only", "query"}, ROOT));
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--reuse", "--only", "ingest"}, ROOT));
    }

    @Test
    void storiesTakesOnAndOffInOrderOnAFreshStack() {
        BenchOptions options = BenchOptions.parse(new String[] {"--stories", "on,off,off,on", "--limit", "1500"}, ROOT);

        assertEquals(List.of("on", "off", "off", "on"), options.stories());
        assertEquals(List.of(), BenchOptions.parse(new String[0], ROOT).stories());
        IllegalArgumentException other = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--stories", "on,of"}, ROOT));
        assertTrue(other.getMessage().contains("of"));
        assertThrows(
                IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--stories", "on,off", "--reuse"}, ROOT));
    }
}
