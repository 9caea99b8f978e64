package dev.tidings.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.InvalidEventException;
import dev.tidings.query.article.ArticleRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads a record of the enriched topic into the row to store, or says why it cannot be stored. */
@ApplicationScoped
public class EnrichedRecordReader {
    /**
     * The fields with columns of their own; every other field of the document (segments, countries,
     * topics, tone…, and whatever a newer enricher adds) is kept as it came in the tags column, from
     * which the search columns are derived.
     */
    static final Set<String> COLUMN_FIELDS = Set.of(
            "id",
            "version",
            "url",
            "source",
            "title",
            "body",
            "publishedAt",
            "authors",
            "section",
            "contentHash",
            "ingestedAt",
            "enrichedAt",
            "enrichmentVersion",
            "language",
            "entities");

    private final ObjectMapper json;

    public EnrichedRecordReader(ObjectMapper json) {
        this.json = json;
    }

    /** @throws InvalidEventException when the payload is not a valid enriched article */
    public ArticleRow read(String payload) {
        ArticleEventReader.Valid<ArticleEnriched> read = ArticleEventReader.ENRICHED.read(payload);
        ArticleEnriched event = read.event();
        JsonNode document = read.json();
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        document.fields().forEachRemaining(field -> {
            if (!COLUMN_FIELDS.contains(field.getKey())) {
                tags.put(field.getKey(), field.getValue());
            }
        });
        return ArticleRow.from(event, tags, json);
    }
}
