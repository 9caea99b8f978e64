package dev.tidings.enrichment.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaTopicVocabularyTests {

    @Test
    void hasAllSeventeenTopLevelTopicsWithTheirIptcLabels() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("medtop:01000000", "arts, culture, entertainment and media");
        expected.put("medtop:02000000", "crime, law and justice");
        expected.put("medtop:03000000", "disaster, accident and emergency incident");
        expected.put("medtop:04000000", "economy, business and finance");
        expected.put("medtop:05000000", "education");
        expected.put("medtop:06000000", "environment");
        expected.put("medtop:07000000", "health");
        expected.put("medtop:08000000", "human interest");
        expected.put("medtop:09000000", "labour");
        expected.put("medtop:10000000", "lifestyle and leisure");
        expected.put("medtop:11000000", "politics");
        expected.put("medtop:12000000", "religion");
        expected.put("medtop:13000000", "science and technology");
        expected.put("medtop:14000000", "society");
        expected.put("medtop:15000000", "sport");
        expected.put("medtop:16000000", "conflict, war and peace");
        expected.put("medtop:17000000", "weather");

        MediaTopicVocabulary vocabulary = MediaTopicVocabulary.load();

        List<MediaTopic> topLevel =
                vocabulary.topics().stream().filter(MediaTopic::isTopLevel).toList();
        assertEquals(17, topLevel.size());
        expected.forEach(
                (code, label) -> assertEquals(label, vocabulary.get(code).label()));
    }

    @Test
    void everySecondLevelTopicHangsUnderATopLevelOne() {
        MediaTopicVocabulary vocabulary = MediaTopicVocabulary.load();
        for (MediaTopic topic : vocabulary.topics()) {
            assertTrue(topic.code().matches("medtop:[0-9]{8}"), topic.code());
            if (!topic.isTopLevel()) {
                assertTrue(topic.code().startsWith("medtop:2"), topic.code());
                assertTrue(vocabulary.get(topic.broader()).isTopLevel(), topic.code());
            }
        }
    }
}
