package dev.tidings.query.story;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An open story that shares keys with the article being assigned, as the store found it.
 *
 * @param seq the order stories were started in: ties between equal scores go to the older story
 * @param firstSeen the earliest article's time (publication, else ingestion)
 * @param lastSeen the latest article's time
 * @param model the embedding model of its articles' vectors, or null when none had one
 * @param embedded how many of its articles had a vector of that model
 * @param vectorSum the sum of those vectors (each of unit length), or null
 * @param titleVector the vector of the article whose headline is the story's title, or null
 * @param keyArticles of the article's retrieval keys, how many of the story's articles have each
 */
public record StoryCandidate(
        UUID id,
        long seq,
        int size,
        Instant firstSeen,
        Instant lastSeen,
        String title,
        UUID titleArticle,
        String model,
        int embedded,
        float[] vectorSum,
        float[] titleVector,
        Map<String, Integer> keyArticles) {

    public StoryCandidate {
        keyArticles = Map.copyOf(keyArticles);
    }

    /** Whether an article at {@code time} falls within {@code silence} of the story's articles. */
    public boolean isOpenAt(Instant time, java.time.Duration silence) {
        return !time.isAfter(lastSeen.plus(silence)) && !time.isBefore(firstSeen.minus(silence));
    }
}
