package dev.tidings.enrichment.keyword;

import dev.tidings.enrichment.keyword.KeywordTerms.Word;
import dev.tidings.events.Entity;
import dev.tidings.events.Keyword;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The key phrases of a main story: what it is about, in its own words, e.g. "North Korean
 * refugees", "forced labour camps".
 *
 * <p>Candidates are RAKE-style: runs of words between stop words and punctuation, and every one- to
 * three-word stretch of such a run. Each candidate, grouped by its stems, scores its count in the
 * story times the summed inverse document frequency of its words against a background of news
 * articles, so a phrase scores higher than its words alone, and a word every article uses scores
 * low. Then:
 *
 * <ul>
 *   <li>a phrase that is just the name of an entity already found is down-weighted: names are
 *       what the entity tags are for;
 *   <li>a phrase inside a better-scoring phrase already chosen is skipped, so "refugees" does not
 *       follow "North Korean refugees";
 *   <li>a phrase ending in a past participle or adverb ("forced", "easily") is down-weighted: key
 *       phrases are nouns.
 * </ul>
 *
 * <p>Scores are relative: the best phrase scores 1. Thread-safe after construction.
 */
public final class KeyPhraseExtractor {

    /** How many key phrases an article gets at most. */
    public static final int MAX_KEYWORDS = 10;

    static final int MAX_PHRASE_WORDS = 3;
    static final double ENTITY_NAME_FACTOR = 0.3;
    /**
     * A phrase that ends in a capitalised word wherever it occurs mid-sentence is a name ("North
     * Korean", "Hudson Institute") or a name with a title ("organization Anti-Slavery
     * International"), found or not by the entity tagger: down-weighted, less than a known entity
     * name. "North Korean refugees" is not: the name only qualifies the phrase's noun.
     */
    static final double NAME_FACTOR = 0.5;
    /** Each chosen phrase that shares a word with a candidate multiplies its score by this. */
    static final double OVERLAP_FACTOR = 0.6;

    static final double NON_NOUN_ENDING_FACTOR = 0.3;
    /** Each word beyond the first adds this share: the brief favours phrases over single words. */
    static final double EXTRA_WORD_BONUS = 0.3;
    /** A phrase that also occurs in the headline counts this much more. */
    static final double TITLE_BONUS = 1.5;

    private static final String STOP_WORDS = "/keyword/stopwords.txt";

    private final DocumentFrequencies frequencies;
    private final Set<String> stopWords;

    public KeyPhraseExtractor() {
        this(DocumentFrequencies.load(), loadStopWords());
    }

    KeyPhraseExtractor(DocumentFrequencies frequencies, Set<String> stopWords) {
        this.frequencies = frequencies;
        this.stopWords = stopWords;
    }

    /** A candidate phrase, grouped by its stems, with what is needed to score and show it. */
    /**
     * The stems of one text, each word stemmed once however often it occurs (news repeats its
     * words). Made per call, like the stemmer it wraps, which is not thread-safe.
     */
    private static final class Stems {
        private final PorterStemmer stemmer = new PorterStemmer();
        private final Map<String, String> known = new HashMap<>();

        String of(String normalized) {
            String stem = known.get(normalized);
            if (stem == null) {
                stem = KeywordTerms.stem(stemmer, normalized);
                known.put(normalized, stem);
            }
            return stem;
        }
    }

    private static final class Candidate {
        final String[] stems;
        /** The stems joined by spaces, computed once: the sort compares it on every tie. */
        final String key;

        int count;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<String, Integer> midSentenceSurfaces = new LinkedHashMap<>();
        /** Mid-sentence occurrences whose last word is capitalised: a name, or a name with a title. */
        int capitalisedMidSentence;

        double score;

        Candidate(String key, String[] stems) {
            this.key = key;
            this.stems = stems;
        }

        String key() {
            return key;
        }
    }

    /**
     * The top key phrases of the story, best first.
     *
     * @param entities the entities found in the same body, whose names are down-weighted; may be
     *     empty
     */
    public List<Keyword> extract(String title, String body, List<Entity> entities) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        Stems stemmer = new Stems();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        collect(body, stemmer, candidates, true);

        Set<String> titleKeys = new HashSet<>();
        if (title != null && !title.isBlank()) {
            Map<String, Candidate> inTitle = new HashMap<>();
            collect(title, stemmer, inTitle, false);
            titleKeys.addAll(inTitle.keySet());
        }
        Set<String> entityKeys = entityKeys(entities, stemmer);

        Map<String, Double> idf = new HashMap<>();
        for (Candidate candidate : candidates.values()) {
            double sum = 0;
            for (String stem : candidate.stems) {
                sum += idf.computeIfAbsent(stem, this::idf);
            }
            double score = candidate.count * sum * (1 + EXTRA_WORD_BONUS * (candidate.stems.length - 1));
            String key = candidate.key();
            if (titleKeys.contains(key)) {
                score *= TITLE_BONUS;
            }
            if (entityKeys.contains(key)) {
                score *= ENTITY_NAME_FACTOR;
            } else if (looksLikeName(candidate)) {
                score *= NAME_FACTOR;
            }
            if (endsLikeNonNoun(candidate)) {
                score *= NON_NOUN_ENDING_FACTOR;
            }
            candidate.score = score;
        }

        List<Candidate> remaining = new ArrayList<>(candidates.values());
        remaining.sort(
                Comparator.comparingDouble((Candidate c) -> c.score).reversed().thenComparing(Candidate::key));
        List<Candidate> chosen = new ArrayList<>();
        List<Double> chosenScores = new ArrayList<>();
        // Greedy, like maximal marginal relevance: the best phrase, then the best of the rest after
        // discounting those that repeat a word of one already chosen, so ten phrases say ten things.
        while (chosen.size() < MAX_KEYWORDS && !remaining.isEmpty()) {
            Candidate best = null;
            double bestScore = -1;
            for (Candidate candidate : remaining) {
                if (candidate.score <= bestScore) {
                    break;
                }
                double adjusted = candidate.score;
                for (Candidate c : chosen) {
                    if (contains(c.stems, candidate.stems)) {
                        adjusted = 0;
                        break;
                    }
                    if (sharesStem(c.stems, candidate.stems)) {
                        adjusted *= OVERLAP_FACTOR;
                    }
                }
                if (adjusted > bestScore) {
                    best = candidate;
                    bestScore = adjusted;
                }
            }
            if (best == null || bestScore <= 0) {
                break;
            }
            remaining.remove(best);
            chosen.add(best);
            chosenScores.add(bestScore);
        }
        List<Keyword> keywords = new ArrayList<>(chosen.size());
        double best = chosen.isEmpty() ? 1 : chosenScores.get(0);
        for (int i = 0; i < chosen.size(); i++) {
            keywords.add(new Keyword(surface(chosen.get(i)), Math.round(chosenScores.get(i) / best * 1000) / 1000.0));
        }
        return keywords;
    }

    private void collect(String text, Stems stemmer, Map<String, Candidate> candidates, boolean record) {
        List<Word> words = KeywordTerms.words(text);
        List<Word> run = new ArrayList<>();
        List<String> runStems = new ArrayList<>();
        for (Word word : words) {
            boolean usable = isUsable(word);
            if (word.breakBefore() || !usable) {
                addRun(text, run, runStems, candidates, record);
            }
            if (usable) {
                run.add(word);
                runStems.add(stemmer.of(word.normalized()));
                // "China's growing population": a possessive closes the phrase it ends.
                if (word.isPossessive()) {
                    addRun(text, run, runStems, candidates, record);
                }
            }
        }
        addRun(text, run, runStems, candidates, record);
    }

    private static void addRun(
            String text, List<Word> run, List<String> runStems, Map<String, Candidate> candidates, boolean record) {
        for (int i = 0; i < run.size(); i++) {
            for (int n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.size(); n++) {
                if (cutsName(run, i, i + n)) {
                    continue;
                }
                List<String> stems = runStems.subList(i, i + n);
                Candidate candidate = candidates.computeIfAbsent(
                        String.join(" ", stems), key -> new Candidate(key, stems.toArray(String[]::new)));
                candidate.count++;
                if (record) {
                    Word first = run.get(i);
                    Word last = run.get(i + n - 1);
                    String surface = text.substring(first.start(), last.end());
                    if (last.isPossessive()) {
                        surface = surface.substring(0, surface.length() - 2);
                    }
                    candidate.surfaces.merge(surface, 1, Integer::sum);
                    if (!first.sentenceStart()) {
                        candidate.midSentenceSurfaces.merge(surface, 1, Integer::sum);
                        if (isCapitalised(last)) {
                            candidate.capitalisedMidSentence++;
                        }
                    }
                }
            }
        }
        run.clear();
        runStems.clear();
    }

    /**
     * Whether the stretch [from, to) of a run starts or ends inside a capitalised name, as
     * "organization Anti-Slavery" does in "organization Anti-Slavery International": half a name is
     * no key phrase.
     */
    private static boolean cutsName(List<Word> run, int from, int to) {
        boolean cutsEnd = to < run.size() && isCapitalised(run.get(to - 1)) && isCapitalised(run.get(to));
        boolean cutsStart = from > 0
                && !run.get(from).sentenceStart()
                && isCapitalised(run.get(from - 1))
                && isCapitalised(run.get(from));
        return cutsEnd || cutsStart;
    }

    private static boolean isCapitalised(Word word) {
        return Character.isUpperCase(word.text().charAt(0));
    }

    /** Stop words, numbers and single letters split phrases; an acronym like "US" is not a stop word. */
    private boolean isUsable(Word word) {
        String text = word.text();
        if (text.length() < 2 || !hasLetter(text)) {
            return false;
        }
        boolean acronym = text.length() <= 4 && text.equals(text.toUpperCase(Locale.ROOT));
        return acronym || !stopWords.contains(word.normalized());
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeNonNoun(Candidate candidate) {
        String surface = mostFrequent(candidate.surfaces).toLowerCase(Locale.ROOT);
        String last = surface.substring(surface.lastIndexOf(' ') + 1);
        return last.length() > 4 && (last.endsWith("ed") || last.endsWith("ly"));
    }

    private static Set<String> entityKeys(List<Entity> entities, Stems stemmer) {
        Set<String> keys = new HashSet<>();
        if (entities == null) {
            return keys;
        }
        for (Entity entity : entities) {
            keys.add(stemKey(entity.name(), stemmer));
            for (String alias : entity.aliases()) {
                keys.add(stemKey(alias, stemmer));
            }
        }
        return keys;
    }

    private static String stemKey(String name, Stems stemmer) {
        List<String> stems = new ArrayList<>();
        for (Word word : KeywordTerms.words(name)) {
            stems.add(stemmer.of(word.normalized()));
        }
        return String.join(" ", stems);
    }

    private static boolean sharesStem(String[] a, String[] b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean looksLikeName(Candidate candidate) {
        int midSentence = 0;
        for (int count : candidate.midSentenceSurfaces.values()) {
            midSentence += count;
        }
        return midSentence > 0 && candidate.capitalisedMidSentence == midSentence;
    }

    /**
     * The background rarity of a stem. A hyphenated compound the background never saw
     * ("washington-based", "cross-border") is as rare as its rarest known part, not as rare as a
     * word never seen at all.
     */
    private double idf(String stem) {
        double idf = frequencies.idf(stem);
        if (stem.indexOf('-') > 0 && idf >= frequencies.maxIdf()) {
            double parts = 0;
            for (String part : stem.split("-")) {
                if (!part.isEmpty()) {
                    parts = Math.max(parts, frequencies.idf(part));
                }
            }
            return parts > 0 ? parts : idf;
        }
        return idf;
    }

    /** Whether {@code inner} occurs as a contiguous run inside {@code outer}. */
    private static boolean contains(String[] outer, String[] inner) {
        for (int i = 0; i + inner.length <= outer.length; i++) {
            boolean match = true;
            for (int j = 0; j < inner.length && match; j++) {
                match = outer[i + j].equals(inner[j]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the phrase is written in the story: its most frequent form in mid-sentence, where a capital
     * letter means a name; if it only ever starts sentences, with its first letter lowered unless it
     * looks like a name throughout.
     */
    private static String surface(Candidate candidate) {
        if (!candidate.midSentenceSurfaces.isEmpty()) {
            return mostFrequent(candidate.midSentenceSurfaces);
        }
        String surface = mostFrequent(candidate.surfaces);
        boolean allCapitalised = true;
        // Split on runs of spaces: a surface copied from text with a double space has empty "words".
        for (String word : surface.trim().split(" +")) {
            allCapitalised &= !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        }
        boolean acronym = surface.length() > 1 && Character.isUpperCase(surface.charAt(1));
        if ((allCapitalised && surface.contains(" ")) || acronym) {
            return surface;
        }
        return Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    private static Set<String> loadStopWords() {
        InputStream in = KeyPhraseExtractor.class.getResourceAsStream(STOP_WORDS);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + STOP_WORDS);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + STOP_WORDS, e);
        }
        return Set.copyOf(words);
    }
}
