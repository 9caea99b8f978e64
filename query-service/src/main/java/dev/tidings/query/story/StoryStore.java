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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    static final String STORY_OF = """
            select cast(a.story_id as text) from articles a where a.id = :id and a.story_id is not null
            union all
            select '=' || cast(d.story_id as text) from articles a join articles d on d.id = a.duplicate_of
            where a.id = :id and d.story_id is not null
            """;

    static final String RARITY = """
            select cast(coalesce(jsonb_object_agg(c.key, c.articles), '{}'::jsonb) as text)
            from story_key_counts c
            where c.key in (select jsonb_array_elements_text(cast(cast(:keys as text) as jsonb)))
            """;

    /** A story as {@link #candidate} reads it, with the counts of the keys in {@code k}. */
    private static final String STORY_JSON = """
            cast(jsonb_build_object(
                'id', s.id, 'seq', s.seq, 'size', s.size,
                'firstSeen', cast(extract(epoch from s.first_seen) * 1000000 as bigint),
                'lastSeen', cast(extract(epoch from s.last_seen) * 1000000 as bigint),
                'title', s.title, 'titleArticle', s.title_article, 'model', s.model, 'embedded', s.embedded,
                'vectorSum', s.vector_sum, 'titleVector', s.title_vector,
                'keys', coalesce((select jsonb_object_agg(sk.key, sk.articles) from story_keys sk
                                  where sk.story_id = s.id and sk.key in (select key from k)), '{}'::jsonb))
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

    static final String WRITE_STORY = """
            insert into stories (id, size, first_seen, last_seen, title, title_article, model, embedded,
                                 vector_sum, title_vector)
            values (:id, :size, cast(:first_seen as timestamptz), cast(:last_seen as timestamptz), :title,
                    :title_article, :model, :embedded, cast(cast(:vector_sum as text) as real[]),
                    cast(cast(:title_vector as text) as real[]))
            on conflict (id) do update set
                size = excluded.size, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
                title = excluded.title, title_article = excluded.title_article, model = excluded.model,
                embedded = excluded.embedded, vector_sum = excluded.vector_sum,
                title_vector = excluded.title_vector, updated_at = now()
            """;

    static final String COUNT_STORY_KEYS = """
            insert into story_keys (key, story_id, story_seq, articles)
            select k, s.id, s.seq, 1
            from jsonb_array_elements_text(cast(cast(:keys as text) as jsonb)) k, stories s
            where s.id = :story
            on conflict (story_id, key) do update set articles = story_keys.articles + 1
            """;

    static final String COUNT_KEYS = """
            insert into story_key_counts (key, articles)
            select k, 1 from jsonb_array_elements_text(cast(cast(:keys as text) as jsonb)) k
            on conflict (key) do update set articles = story_key_counts.articles + 1
            """;

    /** Also notes the store number it joined at: the stream's 'story' event (StoredArticleFeed). */
    static final String SET_STORY =
            "update articles set story_id = :story, story_joined_seq = store_seq where id = :id";

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
        return session.createNativeQuery(STORY_OF, String.class)
                .setParameter("id", article.id())
                .getResultList()
                .chain(found -> {
                    String own = found.stream()
                            .filter(s -> !s.startsWith("="))
                            .findFirst()
                            .orElse(null);
                    if (own != null) {
                        return Uni.createFrom().item(UUID.fromString(own));
                    }
                    UUID duplicateStory = found.stream()
                            .filter(s -> s.startsWith("="))
                            .map(s -> UUID.fromString(s.substring(1)))
                            .findFirst()
                            .orElse(null);
                    return assignNew(session, article, duplicateStory);
                });
    }

    private Uni<UUID> assignNew(Mutiny.Session session, StoryArticle article, UUID duplicateStory) {
        List<String> counted = new ArrayList<>(article.keys().keySet());
        counted.add(ALL_ARTICLES);
        return session.createNativeQuery(RARITY, String.class)
                .setParameter("keys", json(counted))
                .getSingleResult()
                .chain(countsJson -> {
                    Map<String, Long> counts = new HashMap<>();
                    parse(countsJson)
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
        String keys = json(story.keys());
        return session.createNativeQuery(WRITE_STORY)
                .setParameter("id", story.id())
                .setParameter("size", story.size())
                .setParameter("first_seen", story.firstSeen().atOffset(ZoneOffset.UTC))
                .setParameter("last_seen", story.lastSeen().atOffset(ZoneOffset.UTC))
                .setParameter("title", story.title())
                .setParameter("title_article", story.titleArticle())
                .setParameter("model", story.model())
                .setParameter("embedded", story.embedded())
                .setParameter("vector_sum", array(story.vectorSum()))
                .setParameter("title_vector", array(story.titleVector()))
                .executeUpdate()
                .chain(() -> session.createNativeQuery(COUNT_STORY_KEYS)
                        .setParameter("keys", keys)
                        .setParameter("story", story.id())
                        .executeUpdate())
                .chain(() -> session.createNativeQuery(COUNT_KEYS)
                        .setParameter("keys", json(counted))
                        .executeUpdate())
                .chain(() -> session.createNativeQuery(SET_STORY)
                        .setParameter("story", story.id())
                        .setParameter("id", article.id())
                        .executeUpdate())
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

    private static float[] floats(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        float[] values = new float[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) node.get(i).asDouble();
        }
        return values;
    }

    /** A PostgreSQL array literal of the vector, or null. */
    static String array(float[] vector) {
        if (vector == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(Float.toString(vector[i]));
        }
        return text.append('}').toString();
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
