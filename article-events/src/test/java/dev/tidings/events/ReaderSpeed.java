package dev.tidings.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading a record costs a consumer: prints microseconds per record for Jackson binding the
 * JSON alone (what a consumer without the contract's checks would do), the whole reader (parse,
 * schema, binding, offsets) and the schema check alone, for events of three sizes. Each figure is
 * the fastest of several rounds after warm-up rounds, the three alternating so that load from
 * elsewhere on the machine hits them alike. Not a test: run it (see README.md, "What the check costs").
 */
public final class ReaderSpeed {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final int WARM_UP_ROUNDS = 5;
    private static final int ROUNDS = 10;
    /** About this many bytes of JSON are read per round and way of reading. */
    private static final int BYTES_PER_ROUND = 4_000_000;

    private ReaderSpeed() {}

    public static void main(String[] args) throws Exception {
        measure("ArticleIngested", JSON.writeValueAsString(EventFixtures.ingested()), ArticleEventReader.INGESTED);
        measure(
                "ArticleEnriched, 2 entities",
                JSON.writeValueAsString(EventFixtures.enriched()),
                ArticleEventReader.ENRICHED);
        // A news story of usual length, and a long page with many names.
        measure("ArticleEnriched, 30 entities", JSON.writeValueAsString(sized(5_000, 30)), ArticleEventReader.ENRICHED);
        measure(
                "ArticleEnriched, 300 entities",
                JSON.writeValueAsString(sized(100_000, 300)),
                ArticleEventReader.ENRICHED);
    }

    private static void measure(String what, String json, ArticleEventReader<?> reader) throws Exception {
        Class<?> type = reader.read(json).event().getClass();
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        int records = Math.max(100, BYTES_PER_ROUND / json.length());
        double bind = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        double schema = Double.MAX_VALUE;
        // Summed and printed, so that the JIT cannot drop a result nobody uses.
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                sink += JSON.readValue(json, type).hashCode();
            }
            long bound = System.nanoTime();
            for (int i = 0; i < records; i++) {
                sink += reader.read(json).json().size();
            }
            long readAll = System.nanoTime();
            for (int i = 0; i < records; i++) {
                sink += reader.schemaProblems(tree).size();
            }
            long checked = System.nanoTime();
            if (round >= WARM_UP_ROUNDS) {
                bind = Math.min(bind, (bound - start) / 1e3 / records);
                read = Math.min(read, (readAll - bound) / 1e3 / records);
                schema = Math.min(schema, (checked - readAll) / 1e3 / records);
            }
        }
        System.out.printf(
                "%-30s %7d bytes: Jackson binding alone %7.1f us, reader %7.1f us, of which the schema check %7.1f us"
                        + " (%d)%n",
                what, json.length(), bind, read, schema, sink % 10);
    }

    /** A story of about {@code bodyChars} with {@code entityCount} entities of three mentions each. */
    private static ArticleEnriched sized(int bodyChars, int entityCount) {
        ArticleEnriched small = EventFixtures.enriched();
        StringBuilder body = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; body.length() < bodyChars || entities.size() < entityCount; i++) {
            String name = "Person Number" + i;
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                body.append("Yesterday ");
                mentions.add(new Mention(body.length(), body.length() + name.length(), name));
                body.append(name).append(" said the ferry crews of the harbour would strike again. ");
            }
            if (entities.size() < entityCount) {
                entities.add(new Entity("person:n" + i, EntityType.PERSON, name, List.of(), mentions, 0.5));
            }
        }
        return new ArticleEnriched(
                small.id(),
                small.version(),
                small.url(),
                small.source(),
                small.title(),
                body.toString(),
                small.publishedAt(),
                small.authors(),
                small.section(),
                small.contentHash(),
                small.ingestedAt(),
                small.enrichedAt(),
                small.enrichmentVersion(),
                small.language(),
                entities,
                small.segments(),
                small.countries(),
                small.focusCountry(),
                List.of(),
                List.of(),
                small.topics(),
                small.keywords(),
                small.tone(),
                small.summary(),
                small.fingerprint());
    }
}
