package dev.tidings.enrichment.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Topic;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicClassifierTests {

    private static final String CRIME = "medtop:02000000";
    private static final String POLITICS = "medtop:11000000";

    private static TopicClassifier classifier;
    private static MediaTopicVocabulary vocabulary;

    @BeforeAll
    static void load() {
        classifier = new TopicClassifier();
        vocabulary = MediaTopicVocabulary.load();
    }

    @Test
    void traffickingStoryIsAboutCrimeAndPolitics() {
        List<Topic> topics = classifier.classify(StoryFixtures.TRAFFICKING_TITLE, StoryFixtures.TRAFFICKING_BODY);

        Set<String> topLevel = topLevelCodes(topics);
        assertTrue(topLevel.contains(CRIME), () -> "crime, law and justice missing from " + topics);
        assertTrue(topLevel.contains(POLITICS), () -> "politics missing from " + topics);
        assertTrue(codes(topics).contains("medtop:20000082"), () -> "crime (second level) missing from " + topics);
    }

    @Test
    void eachStoryGetsItsTopicFirst() {
        assertEquals("medtop:17000000", first(StoryFixtures.STORM_TITLE, StoryFixtures.STORM_BODY), "weather");
        assertEquals(CRIME, first(StoryFixtures.COURT_TITLE, StoryFixtures.COURT_BODY), "crime, law and justice");
        assertEquals("medtop:03000000", first(StoryFixtures.QUAKE_TITLE, StoryFixtures.QUAKE_BODY), "disaster");
        assertEquals("medtop:15000000", first(StoryFixtures.MATCH_TITLE, StoryFixtures.MATCH_BODY), "sport");
    }

    @Test
    void courtStoryNamesTheJudiciaryUnderItsParent() {
        List<Topic> topics = classifier.classify(StoryFixtures.COURT_TITLE, StoryFixtures.COURT_BODY);

        assertTrue(codes(topics).contains("medtop:20000106"), () -> "judiciary missing from " + topics);
        Topic judiciary = find(topics, "medtop:20000106");
        assertTrue(judiciary.score() <= find(topics, CRIME).score(), "a child never outscores its parent");
        assertEquals("judiciary", judiciary.label());
    }

    @Test
    void topicsAreValidScoredAndOrdered() {
        for (String[] story : stories()) {
            List<Topic> topics = classifier.classify(story[0], story[1]);
            assertFalse(topics.isEmpty(), story[0]);
            Set<String> codes = codes(topics);
            for (int i = 0; i < topics.size(); i++) {
                Topic topic = topics.get(i);
                assertTrue(topic.code().matches("medtop:[0-9]{8}"), topic.code());
                assertEquals(vocabulary.get(topic.code()).label(), topic.label());
                assertTrue(topic.score() >= TopicClassifier.MIN_SCORE && topic.score() <= 1, topic::toString);
                if (i > 0) {
                    assertTrue(topics.get(i - 1).score() >= topic.score(), "best first");
                }
                MediaTopic known = vocabulary.get(topic.code());
                assertTrue(known.isTopLevel() || codes.contains(known.broader()), "a child comes with its parent");
            }
        }
    }

    @Test
    void textWithoutWordsGetsNoTopic() {
        assertEquals(List.of(), classifier.classify("", ""));
        assertEquals(List.of(), classifier.classify("2025", "12 345 -- 67."));
    }

    @Test
    void concurrentCallsGiveTheSameTopicsAsOneAtATime() {
        List<String[]> stories = stories();
        List<List<Topic>> sequential =
                stories.stream().map(s -> classifier.classify(s[0], s[1])).toList();

        List<List<Topic>> parallel = IntStream.range(0, 200)
                .parallel()
                .mapToObj(i -> {
                    String[] story = stories.get(i % stories.size());
                    return classifier.classify(story[0], story[1]);
                })
                .toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(sequential.get(i % stories.size()), parallel.get(i));
        }
    }

    private static List<String[]> stories() {
        return List.of(
                new String[] {StoryFixtures.TRAFFICKING_TITLE, StoryFixtures.TRAFFICKING_BODY},
                new String[] {StoryFixtures.STORM_TITLE, StoryFixtures.STORM_BODY},
                new String[] {StoryFixtures.COURT_TITLE, StoryFixtures.COURT_BODY},
                new String[] {StoryFixtures.QUAKE_TITLE, StoryFixtures.QUAKE_BODY},
                new String[] {StoryFixtures.MATCH_TITLE, StoryFixtures.MATCH_BODY});
    }

    private static String first(String title, String body) {
        return classifier.classify(title, body).get(0).code();
    }

    private static Set<String> codes(List<Topic> topics) {
        return topics.stream().map(Topic::code).collect(Collectors.toSet());
    }

    private static Set<String> topLevelCodes(List<Topic> topics) {
        return topics.stream().map(t -> vocabulary.get(t.code()).topLevelCode()).collect(Collectors.toSet());
    }

    private static Topic find(List<Topic> topics, String code) {
        return topics.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
