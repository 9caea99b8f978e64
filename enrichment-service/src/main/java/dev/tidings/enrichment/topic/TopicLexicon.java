package dev.tidings.enrichment.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written cue phrases per IPTC topic, with weights ({@code topic/topic-lexicon.tsv}, whose
 * header explains the weights). It is what finds the topics no openly licensed training set labels:
 * crime, conflict, disaster, weather, religion and the rest.
 *
 * <p>Matching runs over {@link TopicTerms}, left to right, longest phrase first within each
 * top-level topic, so "human trafficking" counts once, not once more for "trafficking". A cue of a
 * second-level topic also counts for its top-level parent.
 */
final class TopicLexicon {

    static final String RESOURCE = "/topic/topic-lexicon.tsv";

    /** One cue: the stems of its phrase, the topic it points to and how strongly. */
    private record Cue(String[] stems, int topic, int group, double weight) {}

    private final MediaTopicVocabulary vocabulary;
    private final int groups;
    private final int[] topLevelOfGroup;
    private final Map<String, List<Cue>> cuesByFirstStem;

    private TopicLexicon(
            MediaTopicVocabulary vocabulary, int[] topLevelOfGroup, Map<String, List<Cue>> cuesByFirstStem) {
        this.vocabulary = vocabulary;
        this.groups = topLevelOfGroup.length;
        this.topLevelOfGroup = topLevelOfGroup;
        this.cuesByFirstStem = cuesByFirstStem;
    }

    static TopicLexicon load(MediaTopicVocabulary vocabulary, TopicTerms terms) {
        List<MediaTopic> topics = vocabulary.topics();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            indexOf.put(topics.get(i).code(), i);
        }
        Map<String, Integer> groupIndex = new LinkedHashMap<>();
        int[] groupOf = new int[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            String top = topics.get(i).topLevelCode();
            groupOf[i] = groupIndex.computeIfAbsent(top, t -> groupIndex.size());
        }
        // One cue per top-level topic and stem sequence: "court" and "courts" are one cue, and a
        // phrase listed under both a parent and its child would otherwise count twice for the parent.
        Map<String, Cue> unique = new LinkedHashMap<>();
        for (String[] row : MediaTopicVocabulary.TsvResource.rows(RESOURCE)) {
            Integer topic = indexOf.get(row[0]);
            if (topic == null) {
                throw new IllegalStateException("Lexicon names a topic missing from the vocabulary: " + row[0]);
            }
            double weight = Double.parseDouble(row[1]);
            List<String> stems = terms.of(row[2]);
            if (stems.isEmpty()) {
                throw new IllegalStateException("Lexicon phrase has no terms: " + row[2]);
            }
            Cue cue = new Cue(stems.toArray(String[]::new), topic, groupOf[topic], weight);
            String key = groupOf[topic] + "|" + String.join(" ", stems);
            Cue existing = unique.get(key);
            if (existing == null || prefer(cue, existing, topics)) {
                unique.put(key, cue);
            }
        }
        Map<String, List<Cue>> byFirst = new HashMap<>();
        for (Cue cue : unique.values()) {
            byFirst.computeIfAbsent(cue.stems()[0], s -> new ArrayList<>()).add(cue);
        }
        // Longest first, so the first match found in a group is the one that counts.
        byFirst.values().forEach(list -> list.sort((a, b) -> b.stems().length - a.stems().length));
        int[] topLevelOfGroup = new int[groupIndex.size()];
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).isTopLevel()) {
                topLevelOfGroup[groupOf[i]] = i;
            }
        }
        return new TopicLexicon(vocabulary, topLevelOfGroup, byFirst);
    }

    private static boolean prefer(Cue candidate, Cue existing, List<MediaTopic> topics) {
        boolean candidateIsChild = !topics.get(candidate.topic()).isTopLevel();
        boolean existingIsChild = !topics.get(existing.topic()).isTopLevel();
        if (candidateIsChild != existingIsChild) {
            return candidateIsChild;
        }
        return candidate.weight() > existing.weight();
    }

    /**
     * The summed weights of the cues found in {@code terms}, indexed like {@link
     * MediaTopicVocabulary#topics()}; a top-level topic's sum includes its children's cues.
     */
    double[] evidence(List<String> terms) {
        return evidence(terms, null);
    }

    /**
     * Like {@link #evidence(List)}, also adding to {@code matches} (if not null) each matched cue as
     * "topic code: stems", for explaining a result.
     */
    double[] evidence(List<String> terms, List<String> matches) {
        List<MediaTopic> topics = vocabulary.topics();
        double[] evidence = new double[topics.size()];
        int[] coveredUntil = new int[groups];
        for (int i = 0; i < terms.size(); i++) {
            List<Cue> cues = cuesByFirstStem.get(terms.get(i));
            if (cues == null) {
                continue;
            }
            for (Cue cue : cues) {
                if (coveredUntil[cue.group()] > i || !matchesAt(cue.stems(), terms, i)) {
                    continue;
                }
                coveredUntil[cue.group()] = i + cue.stems().length;
                evidence[cue.topic()] += cue.weight();
                if (!topics.get(cue.topic()).isTopLevel()) {
                    evidence[topLevelOfGroup[cue.group()]] += cue.weight();
                }
                if (matches != null) {
                    matches.add(topics.get(cue.topic()).code() + ": " + String.join(" ", cue.stems()));
                }
            }
        }
        return evidence;
    }

    private static boolean matchesAt(String[] stems, List<String> terms, int start) {
        if (start + stems.length > terms.size()) {
            return false;
        }
        for (int j = 1; j < stems.length; j++) {
            if (!stems[j].equals(terms.get(start + j))) {
                return false;
            }
        }
        return true;
    }
}
