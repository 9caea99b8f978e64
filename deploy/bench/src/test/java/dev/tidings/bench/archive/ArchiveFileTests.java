package dev.tidings.bench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive import reads enriched articles from a JSON-lines file as the consumer would read them. */
class ArchiveFileTests {
    @TempDir
    Path folder;

    private static ArchiveArticles generated() throws Exception {
        // Made-up texts: no corpus is read.
        return new ArchiveArticles(
                ArchiveTexts.read(List.of()),
                3,
                Instant.parse("2026-12-01T00:00:00Z"),
                7,
                Path.of("../../enrichment-service/src/main/resources/topic/iptc-media-topics.tsv"));
    }

    @Test
    void readsEachArticleOfAFileWithItsDuplicateFlagAndWithoutTheArticleEndpointsStory() throws Exception {
        ArchiveArticles articles = generated();
        ObjectNode first = articles.article(0).event();
        ObjectNode second = articles.article(1).event().deepCopy();
        // As GET /v1/articles/{id} returns an article: its duplicate flag and its story beside the event.
        second.put("duplicateOf", first.get("id").asText());
        second.putObject("story").put("id", "5f0c8a50-0000-3000-8000-000000000000");
        Path file = folder.resolve("archive.jsonl");
        Files.writeString(file, first + "\n\n" + second + "\n", StandardCharsets.UTF_8);

        ArchiveFile archive = ArchiveFile.open(file);

        assertEquals(2, archive.count(), "the blank line is skipped");
        assertEquals(first, archive.article(0).event());
        assertNull(archive.article(0).duplicateOf());
        ArchiveArticles.Generated read = archive.article(1);
        assertEquals(first.get("id").asText(), read.duplicateOf().toString());
        assertFalse(read.event().has("story"));
        assertFalse(read.event().has("duplicateOf"));
        assertEquals(articles.article(1).event(), read.event());
    }

    @Test
    void aLineThatIsNotAnEnrichedArticleFailsTheImportWithItsLineNumberAndReason() throws Exception {
        ObjectNode good = generated().article(0).event();
        ObjectNode bad = good.deepCopy();
        bad.remove("title");
        Path file = folder.resolve("archive.jsonl");
        Files.writeString(file, good + "\n" + bad + "\n", StandardCharsets.UTF_8);

        ArchiveFile archive = ArchiveFile.open(file);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> archive.article(1));
        assertTrue(failure.getMessage().contains("archive.jsonl:2: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("title"), failure.getMessage());
    }
}
