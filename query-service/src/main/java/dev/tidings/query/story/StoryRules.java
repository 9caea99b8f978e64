package dev.tidings.query.story;

import java.time.Duration;

/**
 * The numbers of story assignment. The defaults were chosen on half A of the AllSides evaluation
 * set and reported on half B (see the README, "Stories").
 *
 * @param silence a story takes no article more than this after its latest one (or before its
 *     earliest): a later article on the same subject starts a new story
 * @param vectorWeight the share of the embedding in the score when the article and the story both
 *     have vectors; the rest is key overlap
 * @param threshold the least score (with vectors) to join a story rather than start one
 * @param keysThreshold the least key overlap to join when there are no vectors to compare
 * @param retrievalKeys how many of the article's keys, the rarest and weightiest first, find candidate
 *     stories, are compared and are kept in the story's index
 * @param storiesPerKey for each of those keys, how many stories (the newest that have it) are looked at
 * @param candidates how many of those, sharing most key weight with the article, are scored
 */
public record StoryRules(
        Duration silence,
        double vectorWeight,
        double threshold,
        double keysThreshold,
        int retrievalKeys,
        int storiesPerKey,
        int candidates) {

    public static final StoryRules DEFAULT = new StoryRules(Duration.ofDays(3), 0.6, 0.45, 0.2, 20, 30, 10);

    public StoryRules withSilence(Duration silence) {
        return new StoryRules(
                silence, vectorWeight, threshold, keysThreshold, retrievalKeys, storiesPerKey, candidates);
    }

    public StoryRules withScores(double vectorWeight, double threshold, double keysThreshold) {
        return new StoryRules(
                silence, vectorWeight, threshold, keysThreshold, retrievalKeys, storiesPerKey, candidates);
    }
}
