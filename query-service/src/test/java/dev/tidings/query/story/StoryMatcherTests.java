package dev.tidings.query.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tidings.events.ArticleEnriched;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The assignment rule itself, in memory, on the texts of {@link StoryTexts}. */
class StoryMatcherTests {
    private static final Instant SUNDAY = Instant.parse("2026-06-07T08:00:00Z");

    @Test
    void threeReportsOfOneEventAndAnUnrelatedOneMakeTwoStories() {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("unit", SUNDAY);
        InMemoryStories stories = new InMemoryStories(StoryRules.DEFAULT);
        List<UUID> assigned =
                articles.stream().map(a -> stories.assign(StoryArticle.of(a))).toList();

        assertEquals(assigned.get(0), assigned.get(1), "the second ferry report joins the first");
        assertEquals(assigned.get(0), assigned.get(2), "the third ferry report joins them");
        assertNotEquals(assigned.get(0), assigned.get(3), "the orchard article starts its own story");
        assertEquals(2, stories.storyCount());
        assertEquals(3, stories.story(assigned.get(0)).size());
    }

    @Test
    void theGroupingDoesNotDependOnTheOrderOfArrival() {
        List<ArticleEnriched> articles = new ArrayList<>(StoryTexts.ferryAndOrchard("order", SUNDAY));
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(articles, new Random(seed));
            InMemoryStories stories = new InMemoryStories(StoryRules.DEFAULT);
            articles.forEach(a -> stories.assign(StoryArticle.of(a)));
            assertEquals(2, stories.storyCount(), "seed " + seed);
        }
    }

    @Test
    void aReportAfterTheStoryFellSilentStartsANewOne() {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("silence", SUNDAY);
        InMemoryStories stories = new InMemoryStories(StoryRules.DEFAULT);
        UUID first = stories.assign(StoryArticle.of(articles.get(0)));
        ArticleEnriched muchLater = StoryTexts.article(
                StoryTexts.FERRY_GAZETTE, "https://gazette.example/a-year-on", SUNDAY.plus(Duration.ofDays(365)));

        assertNotEquals(first, stories.assign(StoryArticle.of(muchLater)));
    }

    @Test
    void anArticleAssignedTwiceKeepsItsStory() {
        List<ArticleEnriched> articles = StoryTexts.ferryAndOrchard("twice", SUNDAY);
        InMemoryStories stories = new InMemoryStories(StoryRules.DEFAULT);
        articles.forEach(a -> stories.assign(StoryArticle.of(a)));
        UUID story = stories.storyOfArticle().get(articles.get(1).id());

        assertEquals(story, stories.assign(StoryArticle.of(articles.get(1))));
        assertEquals(3, stories.story(story).size());
    }

    @Test
    void closeEmbeddingsJoinWhereKeysAloneWouldNot() {
        // Two articles with no key in common: only the embedding can tie them.
        StoryArticle a = new StoryArticle(
                UUID.randomUUID(), SUNDAY, "A", "en", unit(1, 0.1f), "m", java.util.Map.of("w:alpha", 1.0));
        StoryArticle b = new StoryArticle(
                UUID.randomUUID(), SUNDAY, "B", "en", unit(1, 0.12f), "m", java.util.Map.of("w:beta", 1.0));
        StoryArticle far = new StoryArticle(
                UUID.randomUUID(), SUNDAY, "C", "en", unit(0, 0.1f), "m", java.util.Map.of("w:alpha", 1.0));
        StoryMatcher matcher = new StoryMatcher(StoryRules.DEFAULT);
        StoryCandidate story = InMemoryStories.candidate(matcher.start(a, List.of()), 1, java.util.Map.of());
        var rarity = new StoryMatcher.KeyRarity(1, java.util.Map.of());

        assertEquals(
                true,
                matcher.choose(b, matcher.weigh(b, rarity), List.of(story)).isPresent());
        assertEquals(
                false,
                matcher.choose(far, matcher.weigh(far, rarity), List.of(story)).isPresent());
    }

    /** A unit vector pointing mostly along axis {@code axis} of 4, with a little of the others. */
    private static float[] unit(int axis, float rest) {
        float[] v = {rest, rest, rest, rest};
        v[axis] = 1;
        double length = 0;
        for (float x : v) {
            length += x * x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(length);
        }
        return v;
    }
}
