package dev.tidings.query.story;

import dev.tidings.query.story.StoryMatcher.KeyRarity;
import dev.tidings.query.story.StoryMatcher.StoryState;
import dev.tidings.query.story.StoryMatcher.WeightedKey;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Story assignment over maps in memory, with the store's candidate retrieval (the newest stories per
 * retrieval key, the ones sharing most key weight scored): for unit tests and the offline
 * evaluation, which must group as the service does without a database.
 */
public final class InMemoryStories {

    private final StoryMatcher matcher;
    private final Map<String, Long> articlesWithKey = new HashMap<>();
    private long articles;
    private final Map<String, java.util.TreeMap<Long, UUID>> storiesByKey = new HashMap<>();
    private final Map<UUID, Story> stories = new LinkedHashMap<>();
    private final Map<UUID, UUID> storyOfArticle = new HashMap<>();

    private static final class Story {
        long seq;
        StoryState state;
        final Map<String, Integer> keyArticles = new HashMap<>();
    }

    public InMemoryStories(StoryRules rules) {
        this.matcher = new StoryMatcher(rules);
    }

    /** The story of the article, assigning it first if it has none. */
    public UUID assign(StoryArticle article) {
        return assign(article, null);
    }

    /** @param duplicateOf the article this one nearly copies, or null: it then joins that one's story */
    public UUID assign(StoryArticle article, UUID duplicateOf) {
        UUID known = storyOfArticle.get(article.id());
        if (known != null) {
            return known;
        }
        KeyRarity rarity = new KeyRarity(articles, Map.copyOf(rarities(article)));
        List<WeightedKey> keys = matcher.weigh(article, rarity);
        StoryState state;
        UUID duplicateStory = duplicateOf == null ? null : storyOfArticle.get(duplicateOf);
        if (duplicateStory != null) {
            state = matcher.join(candidate(stories.get(duplicateStory)), article, keys);
        } else {
            state = matcher.choose(article, keys, candidates(article, keys))
                    .map(match -> matcher.join(match.story(), article, keys))
                    .orElseGet(() -> matcher.start(article, keys));
        }
        apply(state);
        storyOfArticle.put(article.id(), state.id());
        articles++;
        article.keys().keySet().forEach(key -> articlesWithKey.merge(key, 1L, Long::sum));
        return state.id();
    }

    public Map<UUID, UUID> storyOfArticle() {
        return Map.copyOf(storyOfArticle);
    }

    public StoryState story(UUID id) {
        return stories.get(id).state;
    }

    public int storyCount() {
        return stories.size();
    }

    private Map<String, Long> rarities(StoryArticle article) {
        Map<String, Long> counts = new HashMap<>();
        for (String key : article.keys().keySet()) {
            counts.put(key, articlesWithKey.getOrDefault(key, 0L));
        }
        return counts;
    }

    /*
     * As the store finds them: for each retrieval key the newest stories that have it, of those the
     * ones open at the article's time, and of those the ones sharing most key weight with it.
     */
    private List<StoryCandidate> candidates(StoryArticle article, List<WeightedKey> keys) {
        Map<UUID, Double> shared = new LinkedHashMap<>();
        for (WeightedKey key : keys) {
            var withKey = storiesByKey.getOrDefault(key.key(), new java.util.TreeMap<>());
            withKey.descendingMap().values().stream()
                    .limit(matcher.rules().storiesPerKey())
                    .forEach(story -> shared.merge(story, key.weight(), Double::sum));
        }
        return shared.entrySet().stream()
                .filter(e -> stories.get(e.getKey()).state.firstSeen() != null
                        && candidate(stories.get(e.getKey()))
                                .isOpenAt(article.time(), matcher.rules().silence()))
                .sorted(Map.Entry.<UUID, Double>comparingByValue()
                        .reversed()
                        .thenComparing(e -> stories.get(e.getKey()).seq))
                .limit(matcher.rules().candidates())
                .map(e -> candidate(stories.get(e.getKey())))
                .sorted(Comparator.comparingLong(StoryCandidate::seq))
                .toList();
    }

    private StoryCandidate candidate(Story story) {
        return candidate(story.state, story.seq, story.keyArticles);
    }

    /** The candidate a story in this state is, started {@code seq}th, with these key counts. */
    static StoryCandidate candidate(StoryState s, long seq, Map<String, Integer> keyArticles) {
        return new StoryCandidate(
                s.id(),
                seq,
                s.size(),
                s.firstSeen(),
                s.lastSeen(),
                s.title(),
                s.titleArticle(),
                s.model(),
                s.embedded(),
                s.vectorSum(),
                s.titleVector(),
                keyArticles);
    }

    private void apply(StoryState state) {
        Story story = stories.get(state.id());
        if (story == null) {
            story = new Story();
            story.seq = stories.size() + 1;
            stories.put(state.id(), story);
        }
        story.state = state;
        for (String key : state.keys()) {
            if (story.keyArticles.merge(key, 1, Integer::sum) == 1) {
                storiesByKey
                        .computeIfAbsent(key, k -> new java.util.TreeMap<>())
                        .put(story.seq, state.id());
            }
        }
    }
}
