package dev.tidings.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * V5__topic_parents.sql copies the child → parent pairs of the IPTC codes enrichment-service can
 * emit; a code added there without a line here would silently stop counting for its parent.
 */
class TopicParentsTests {
    private static final Path ROOT = Path.of(System.getProperty("tidings.root", ".."));

    @Test
    void everyChildTopicEnrichmentCanEmitHasItsParentInTheDatabase() throws IOException {
        Map<String, String> emitted = new TreeMap<>();
        for (String line :
                Files.readAllLines(ROOT.resolve("enrichment-service/src/main/resources/topic/iptc-media-topics.tsv"))) {
            String[] fields = line.split("\t", -1);
            if (!line.startsWith("#") && fields.length >= 2 && !fields[1].isBlank()) {
                emitted.put(fields[0], fields[1]);
            }
        }

        Map<String, String> migrated = new TreeMap<>();
        Matcher pair = Pattern.compile("when '(medtop:\\d+)' then '(medtop:\\d+)'")
                .matcher(Files.readString(
                        ROOT.resolve("query-service/src/main/resources/db/migration/V5__topic_parents.sql")));
        while (pair.find()) {
            migrated.put(pair.group(1), pair.group(2));
        }

        assertFalse(emitted.isEmpty(), "the topic list has child codes");
        assertEquals(emitted, migrated);
    }
}
