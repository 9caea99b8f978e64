package dev.tidings.enrichment.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.embedding.HeadlineAndLead;
import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.events.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped topic stage on texts written for these tests (none of them is in the training data). */
class TopicEnsembleTests {

    private static final String ARTS = "medtop:01000000";
    private static final String CRIME = "medtop:02000000";
    private static final String DISASTER = "medtop:03000000";
    private static final String ECONOMY = "medtop:04000000";
    private static final String EDUCATION = "medtop:05000000";
    private static final String ENVIRONMENT = "medtop:06000000";
    private static final String HEALTH = "medtop:07000000";
    private static final String LABOUR = "medtop:09000000";
    private static final String POLITICS = "medtop:11000000";
    private static final String RELIGION = "medtop:12000000";
    private static final String SCIENCE = "medtop:13000000";
    private static final String SOCIETY = "medtop:14000000";
    private static final String SPORT = "medtop:15000000";
    private static final String CONFLICT = "medtop:16000000";
    private static final String WEATHER = "medtop:17000000";

    private static SentenceEmbedder embedder;
    private static TopicEnsemble ensemble;
    private static MediaTopicVocabulary vocabulary;

    @BeforeAll
    static void load() {
        embedder = new SentenceEmbedder();
        ensemble = new TopicEnsemble();
        vocabulary = MediaTopicVocabulary.load();
    }

    @Test
    void aHeadlineAloneGetsItsTopicFirst() {
        assertFirst(SPORT, "Veteran goalkeeper saves three penalties in shoot-out win", "");
        assertFirst(ECONOMY, "Bond yields climb as investors brace for a rate rise", "");
        assertFirst(POLITICS, "Prime minister survives confidence vote in parliament", "");
        assertFirst(HEALTH, "Hospitals report surge in flu admissions", "");
        assertFirst(SCIENCE, "Astronomers detect water vapour on a distant planet", "");
        assertFirst(ARTS, "Director's new film opens to rave reviews at festival", "");
        assertFirst(CRIME, "Police arrest three men over jewellery shop robbery", "");
        assertFirst(CONFLICT, "Artillery fire kills five soldiers near disputed border", "");
        assertFirst(DISASTER, "Cargo ship sinks after collision, crew missing", "");
        assertFirst(WEATHER, "Heavy snowfall expected across the highlands tonight", "");
        assertFirst(EDUCATION, "Pupils sit final exams as schools prepare for results day", "");
        assertFirst(ENVIRONMENT, "Smog chokes the capital as air pollution hits a record", "");
        assertFirst(RELIGION, "Pilgrims crowd cathedral for Easter mass", "");
        assertFirst(LABOUR, "Postal workers to strike over job cuts", "");
    }

    @Test
    void aShortItemGetsItsTopicFirst() {
        assertFirst(
                Set.of(POLITICS, CONFLICT),
                "Talks between rival factions stall in Soldavia",
                "Mediators said the two sides could not agree on a prisoner exchange or on who would govern the"
                        + " capital.");
        assertFirst(
                Set.of(ECONOMY),
                "Tarsk Steel to shut its oldest plant",
                "The company said weak demand from carmakers had cut its orders by a third this year.");
        assertFirst(
                Set.of(SCIENCE),
                "Start-up shows a battery that charges in five minutes",
                "Engineers at the Valdora firm said the cells use a new silicon anode and survive 2,000 charges.");
        assertFirst(
                Set.of(SPORT),
                "Kestria beat Tarsk 3-1 to reach the finals",
                "Two goals from the captain in the second half settled the qualifier in front of 40,000 fans.");
    }

    @Test
    void wholeStoriesGetTheirTopicFirst() {
        assertFirst(WEATHER, StoryFixtures.STORM_TITLE, StoryFixtures.STORM_BODY);
        assertFirst(CRIME, StoryFixtures.COURT_TITLE, StoryFixtures.COURT_BODY);
        assertFirst(DISASTER, StoryFixtures.QUAKE_TITLE, StoryFixtures.QUAKE_BODY);
        assertFirst(SPORT, StoryFixtures.MATCH_TITLE, StoryFixtures.MATCH_BODY);
        assertFirst(Set.of(CRIME, POLITICS, SOCIETY), "", StoryFixtures.TRAFFICKING_BODY);
    }

    @Test
    void aTextWithoutAClearTopicGetsNoneOrALowScore() {
        List<Topic> topics = classify("Update", "The items below were last changed at 10:00. See the index for more.");

        assertTrue(topics.isEmpty() || topics.get(0).score() < 0.6, topics::toString);
        assertEquals(List.of(), ensemble.classify("", "", null));
    }

    @Test
    void aSecondLevelTopicCarriesItsParentAndNeverOutscoresIt() {
        List<Topic> topics = classify(StoryFixtures.COURT_TITLE, StoryFixtures.COURT_BODY);

        Topic crime = find(topics, CRIME);
        assertNull(crime.parent(), "a top-level topic has no parent");
        List<Topic> children = topics.stream().filter(t -> t.parent() != null).toList();
        assertTrue(!children.isEmpty(), () -> "no second-level topic in " + topics);
        for (Topic child : children) {
            assertEquals(vocabulary.get(child.code()).broader(), child.parent());
            assertTrue(find(topics, child.parent()).score() >= child.score(), child::toString);
        }
    }

    @Test
    void topLevelScoresArePropabilitiesAndTopicsComeBestFirst() {
        List<Topic> all = ensemble.scoreAll(
                StoryFixtures.MATCH_TITLE,
                StoryFixtures.MATCH_BODY,
                embedder.embed(HeadlineAndLead.of(StoryFixtures.MATCH_TITLE, StoryFixtures.MATCH_BODY)));
        double sum = all.stream()
                .filter(t -> t.parent() == null)
                .mapToDouble(Topic::score)
                .sum();
        assertEquals(1.0, sum, 0.01);

        List<Topic> emitted = classify(StoryFixtures.TRAFFICKING_TITLE, StoryFixtures.TRAFFICKING_BODY);
        for (int i = 0; i < emitted.size(); i++) {
            assertTrue(emitted.get(i).score() >= TopicEnsemble.MIN_SCORE);
            assertEquals(
                    vocabulary.get(emitted.get(i).code()).label(),
                    emitted.get(i).label());
            if (i > 0) {
                assertTrue(emitted.get(i - 1).score() >= emitted.get(i).score(), "best first");
            }
        }
    }

    private static List<Topic> classify(String title, String body) {
        return ensemble.classify(title, body, embedder.embed(HeadlineAndLead.of(title, body)));
    }

    private static void assertFirst(String expected, String title, String body) {
        assertFirst(Set.of(expected), title, body);
    }

    private static void assertFirst(Set<String> expected, String title, String body) {
        List<Topic> topics = classify(title, body);
        List<String> described = new ArrayList<>();
        topics.forEach(t -> described.add(t.label() + " " + t.score()));
        assertTrue(!topics.isEmpty() && expected.contains(topics.get(0).code()), () -> title + ": " + described);
    }

    private static Topic find(List<Topic> topics, String code) {
        return topics.stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing from " + topics));
    }
}
