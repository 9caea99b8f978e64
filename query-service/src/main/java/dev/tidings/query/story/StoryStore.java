package dev.tidings.query.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.query.story.StoryMatcher.KeyRarity;
import dev.tidings.query.story.StoryMatcher.StoryState;
import dev.tidings.query.story.StoryMatcher.WeightedKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Puts a stored article into its story, inside the transaction that stored it: the near-duplicate's
 * story if it duplicates an article, else the open story {@link StoryMatcher} finds among those that
 * share its rarest keys, else a new one.
 *
 * <p>Correct with several consumers because the caller holds the writers' lock
 * ({@code ArticleStore.SERIALISE_WRITERS}): assignments happen one at a time across replicas, each
 * seeing every story committed before it, so a race cannot split an event into two stories. Idempotent
 * because an article that has a story keeps it: a redelivery, a replay or a newer version of it
 * changes neither its story nor the counts.
 */
@ApplicationScoped
public class StoryStore {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    /** The key under which {@code story_key_counts} counts every assigned article. */
    static final String ALL_ARTICLES = "#articles";

    /**
     * In one round trip: the article's story if it has one, the story of the article it duplicates,
     * and how many assigned articles have each of its keys ({@link #ALL_ARTICLES}: how many were
     * assigned). The keys are an array, not an {@code in (select …)}, so that the counts are read by
     * index, one key at a time, however many keys the archive has.
     */
    static final String ARTICLE_AND_COUNTS = """
            select cast(jsonb_build_object(
                'own', (select a.story_id from articles a where a.id = :id),
                'duplicate', (select d.story_id from articles a join articles d on d.id = a.duplicate_of
                              where a.id = :id),
                'counts', (select coalesce(jsonb_object_agg(c.key, c.articles), '{}'::jsonb)
                           from story_key_counts c
                           where c.key = any(array(
                               select jsonb_array_elements_text(cast(cast(:keys as text) as jsonb)))))) as text)
            """;

    /** A story as {@link #candidate} reads it, with the counts of the keys in {@code k}. */
    private static final String STORY_JSON = """
            cast(jsonb_build_object(
                'id', s.id, 'seq', s.seq, 'size', s.size,
                'firstSeen', cast(extract(epoch from s.first_seen) * 1000000 as bigint),
                'lastSeen', cast(extract(epoch from s.last_seen) * 1000000 as bigint),
                'title', s.title, 'titleArticle', s.title_article, 'model', s.model, 'embedded', s.embedded,
                'vectorSum', encode(s.vector_sum, 'base64'), 'titleVector', encode(s.title_vector, 'base64'),
                'keys', coalesce((select jsonb_object_agg(sk.key, sk.articles) from story_keys sk
                                  where sk.story_id = s.id and sk.key = any(array(select key from k))), '{}'::jsonb))
                as text)""";

    /*
     * For each retrieval key, the newest stories that have it (an index range each, however large
     * the archive); of those the ones open at the article's time; of those the ones sharing most key
     * weight with it. The same as InMemoryStories, which the evaluation measures.
     */
    static final String CANDIDATES = """
            with k as (select key, weight from jsonb_to_recordset(cast(cast(:keys as text) as jsonb))
                                                   as k(key text, weight double precision)),
                 hits as (select n.story_id, k.weight from k
                          cross join lateral (select sk.story_id from story_keys sk where sk.key = k.key
                                              order by sk.story_seq desc limit :per_key) n),
                 shared as (select story_id, sum(weight) as weight from hits group by story_id)
            select %s
            from shared join stories s on s.id = shared.story_id
            where s.last_seen >= cast(:opens as timestamptz) and s.first_seen <= cast(:closes as timestamptz)
            order by shared.weight desc, s.seq
            limit :candidates
            """.formatted(STORY_JSON);

    static final String STORY_BY_ID = """
            with k as (select jsonb_array_elements_text(cast(cast(:keys as text) as jsonb)) as key)
            select %s from stories s where s.id = :story
            """.formatted(STORY_JSON);

    /**
     * Every write of an assignment in one statement (one round trip under the writers' lock): the
     * story, its key counts, the counts of every key, and the article's story; the store number it
     * joined at is for the stream's 'story' event (StoredArticleFeed). Data-modifying CTEs all run,
     * whether or not the main statement reads them.
     */
    static final String WRITE = """
            with story as (
                insert into stories (id, size, first_seen, last_seen, title, title_article, model, embedded,
                                     vector_sum, title_vector)
                values (:id, :size, cast(:first_seen as timestamptz), cast(:last_seen as timestamptz), :title,
                        :title_article, :model, :embedded, decode(:vector_sum, 'base64'),
                        decode(:title_vector, 'base64'))
                on conflict (id) do update set
                    size = excluded.size, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
                    title = excluded.title, title_article = excluded.title_article, model = excluded.model,
                    embedded = excluded.embedded, vector_sum = excluded.vector_sum,
                    title_vector = excluded.title_vector, updated_at = now()
                returning id, seq),
            story_key_rows as (
                insert into story_keys (key, story_id, story_seq, articles)
                select k, story.id, story.seq, 1
                from jsonb_array_elements_text(cast(cast(:story_keys as text) as jsonb)) k, story
                on conflict (story_id, key) do update set articles = story_keys.articles + 1
                returning 1),
            key_counts as (
                insert into story_key_counts (key, articles)
                select k, 1 from jsonb_array_elements_text(cast(cast(:counted as text) as jsonb)) k
                on conflict (key) do update set articles = story_key_counts.articles + 1
                returning 1)
            update articles set story_id = :id, story_joined_seq = store_seq where id = :article
            """;

    private final StoryMatcher matcher;

    public StoryStore(StoryConfig config) {
        this.matcher = new StoryMatcher(config.rules());
    }

    /**
     * The story of the article just stored in this session's transaction, assigning it if it has
     * none. The caller holds the writers' lock.
     */
    public Uni<UUID> assign(Mutiny.Session session, ArticleEnriched event) {
        StoryArticle article = StoryArticle.of(event);
        List<String> counted = new ArrayList<>(article.keys().keySet());
        counted.add(ALL_ARTICLES);
        return session.createNativeQuery(ARTICLE_AND_COUNTS, String.class)
                .setParameter("keys", json(counted))
                .setParameter("id", article.id())
                .getSingleResult()
                .chain(row -> {
                    JsonNode found = parse(row);
                    if (found.hasNonNull("own")) {
                        return Uni.createFrom()
                                .item(UUID.fromString(found.get("own").asText()));
                    }
                    UUID duplicateStory = found.hasNonNull("duplicate")
                            ? UUID.fromString(found.get("duplicate").asText())
                            : null;
                    Map<String, Long> counts = new HashMap<>();
                    found.path("counts")
                            .fields()
                            .forEachRemaining(
                                    e -> counts.put(e.getKey(), e.getValue().asLong()));
                    long all = counts.getOrDefault(ALL_ARTICLES, 0L);
                    counts.remove(ALL_ARTICLES);
                    List<WeightedKey> keys = matcher.weigh(article, new KeyRarity(all, counts));
                    Uni<StoryState> state = duplicateStory != null
                            ? joinDuplicate(session, article, keys, duplicateStory)
                            : choose(session, article, keys);
                    return state.chain(s -> write(session, article, s, counted));
                });
    }

    private Uni<StoryState> joinDuplicate(
            Mutiny.Session session, StoryArticle article, List<WeightedKey> keys, UUID story) {
        return session.createNativeQuery(STORY_BY_ID, String.class)
                .setParameter("keys", json(keys.stream().map(WeightedKey::key).toList()))
                .setParameter("story", story)
                .getSingleResult()
                .map(row -> matcher.join(candidate(row), article, keys));
    }

    private Uni<StoryState> choose(Mutiny.Session session, StoryArticle article, List<WeightedKey> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(matcher.start(article, keys));
        }
        List<Map<String, Object>> weighted = new ArrayList<>();
        for (WeightedKey key : keys) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", key.key());
            item.put("weight", key.weight());
            weighted.add(item);
        }
        var rules = matcher.rules();
        return session.createNativeQuery(CANDIDATES, String.class)
                .setParameter("keys", json(weighted))
                .setParameter("per_key", rules.storiesPerKey())
                .setParameter("opens", article.time().minus(rules.silence()).atOffset(ZoneOffset.UTC))
                .setParameter("closes", article.time().plus(rules.silence()).atOffset(ZoneOffset.UTC))
                .setParameter("candidates", rules.candidates())
                .getResultList()
                .map(rows -> {
                    List<StoryCandidate> candidates = rows.stream()
                            .map(StoryStore::candidate)
                            .sorted(java.util.Comparator.comparingLong(StoryCandidate::seq))
                            .toList();
                    return matcher.choose(article, keys, candidates)
                            .map(match -> matcher.join(match.story(), article, keys))
                            .orElseGet(() -> matcher.start(article, keys));
                });
    }

    private Uni<UUID> write(Mutiny.Session session, StoryArticle article, StoryState story, List<String> counted) {
        return session.createNativeQuery(WRITE)
                .setParameter("id", story.id())
                .setParameter("size", story.size())
                .setParameter("first_seen", story.firstSeen().atOffset(ZoneOffset.UTC))
                .setParameter("last_seen", story.lastSeen().atOffset(ZoneOffset.UTC))
                .setParameter("title", story.title())
                .setParameter("title_article", story.titleArticle())
                .setParameter("model", story.model())
                .setParameter("embedded", story.embedded())
                .setParameter("vector_sum", bytes(story.vectorSum()))
                .setParameter("title_vector", bytes(story.titleVector()))
                .setParameter("story_keys", json(story.keys()))
                .setParameter("counted", json(counted))
                .setParameter("article", article.id())
                .executeUpdate()
                .replaceWith(story.id());
    }

    static StoryCandidate candidate(String row) {
        JsonNode s = parse(row);
        Map<String, Integer> keys = new HashMap<>();
        s.path("keys")
                .fields()
                .forEachRemaining(e -> keys.put(e.getKey(), e.getValue().asInt()));
        return new StoryCandidate(
                UUID.fromString(s.get("id").asText()),
                s.get("seq").asLong(),
                s.get("size").asInt(),
                micros(s.get("firstSeen").asLong()),
                micros(s.get("lastSeen").asLong()),
                text(s.get("title")),
                s.hasNonNull("titleArticle")
                        ? UUID.fromString(s.get("titleArticle").asText())
                        : null,
                text(s.get("model")),
                s.get("embedded").asInt(),
                floats(s.get("vectorSum")),
                floats(s.get("titleVector")),
                keys);
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The vector PostgreSQL sent as base64 (its {@code encode} breaks lines), or null. */
    private static float[] floats(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        FloatBuffer buffer = ByteBuffer.wrap(Base64.getMimeDecoder().decode(node.asText()))
                .order(ByteOrder.BIG_ENDIAN)
                .asFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    /** The vector as base64 of its 32-bit big-endian floats (as float4send writes them), or null. */
    static String bytes(float[] vector) {
        if (vector == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // PostgreSQL wrote this text from a jsonb value: it is JSON.
            throw new UncheckedIOException(e);
        }
    }
}
