package dev.tidings.enrichment.summary;

import dev.tidings.enrichment.summary.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * A summary of one to three whole sentences of the main story, copied exactly and kept in story
 * order, of at most about {@value #MAX_CHARS} characters.
 *
 * <p>News is written lead first, so the first sentence is always taken (unless it is a fragment
 * such as a dateline). The others are ranked by how much of the story's recurring vocabulary and of
 * the headline's words they carry, per square root of their length; sentences that open with a
 * quotation are ranked lower, since a quote is one voice, not the story. Thread-safe.
 */
public final class ExtractiveSummarizer {

    public static final int MAX_CHARS = 400;
    public static final int MAX_SENTENCES = 3;

    /** A first "sentence" shorter than this is a dateline or a label, not a lead. */
    static final int MIN_LEAD_CHARS = 40;

    /** A headline word in a sentence is worth this many repetitions of a story word. */
    static final double TITLE_WORD_WEIGHT = 2.0;

    static final double QUOTE_FACTOR = 0.6;

    private static final Set<String> EXTRA_STOP_WORDS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "also",
            "would",
            "could",
            "should",
            "may",
            "might",
            "has",
            "have",
            "had",
            "were",
            "been",
            "from",
            "who",
            "which",
            "what",
            "when",
            "where",
            "than",
            "more",
            "most",
            "some",
            "many",
            "other",
            "after",
            "before",
            "over",
            "about",
            "yesterday",
            "today",
            "year",
            "years",
            "its",
            "our",
            "his",
            "her",
            "him",
            "she",
            "can",
            "all",
            "one",
            "two",
            "new");

    private final CharArraySet stopWords;

    public ExtractiveSummarizer() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(EXTRA_STOP_WORDS);
        this.stopWords = CharArraySet.unmodifiableSet(words);
    }

    /** The summary, or empty if the body has no sentence. */
    public Optional<String> summarize(String title, String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        List<Sentence> sentences = SentenceSplitter.split(body);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> terms = new ArrayList<>(sentences.size());
        Map<String, Integer> frequency = new HashMap<>();
        for (Sentence sentence : sentences) {
            List<String> sentenceTerms = terms(sentence.text());
            terms.add(sentenceTerms);
            for (String term : new HashSet<>(sentenceTerms)) {
                frequency.merge(term, 1, Integer::sum);
            }
        }
        Set<String> titleTerms = new HashSet<>(terms(title == null ? "" : title));

        int lead = 0;
        while (lead < sentences.size() - 1 && sentences.get(lead).text().length() < MIN_LEAD_CHARS) {
            lead++;
        }
        List<Integer> chosen = new ArrayList<>();
        chosen.add(lead);
        int length = sentences.get(lead).text().length();

        List<Integer> ranked = new ArrayList<>();
        double[] scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (i != lead) {
                scores[i] = score(sentences.get(i).text(), terms.get(i), frequency, titleTerms);
                ranked.add(i);
            }
        }
        ranked.sort(
                Comparator.comparingDouble((Integer i) -> scores[i]).reversed().thenComparing(i -> i));
        for (int i : ranked) {
            if (chosen.size() == MAX_SENTENCES) {
                break;
            }
            int added = sentences.get(i).text().length() + 1;
            if (scores[i] > 0 && length + added <= MAX_CHARS) {
                chosen.add(i);
                length += added;
            }
        }
        chosen.sort(Integer::compare);
        StringBuilder summary = new StringBuilder();
        for (int i : chosen) {
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(sentences.get(i).text());
        }
        return Optional.of(summary.toString());
    }

    /**
     * The words of the story that come back in other sentences count, a word said once does not;
     * headline words count extra.
     */
    private static double score(
            String text, List<String> terms, Map<String, Integer> frequency, Set<String> titleTerms) {
        if (terms.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String term : new HashSet<>(terms)) {
            int f = frequency.getOrDefault(term, 0);
            if (f > 1) {
                sum += f - 1;
            }
            if (titleTerms.contains(term)) {
                sum += TITLE_WORD_WEIGHT;
            }
        }
        double score = sum / Math.sqrt(terms.size());
        char first = text.charAt(0);
        if (first == '"' || first == '\u201c' || first == '\'' || first == '\u2018') {
            score *= QUOTE_FACTOR;
        }
        return score;
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        EnglishMinimalStemmer stemmer = new EnglishMinimalStemmer();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start < 3) {
                continue;
            }
            char[] word = text.substring(start, i).toLowerCase(Locale.ROOT).toCharArray();
            if (stopWords.contains(word, 0, word.length)) {
                continue;
            }
            int length = stemmer.stem(word, word.length);
            terms.add(new String(word, 0, length));
        }
        return terms;
    }
}
