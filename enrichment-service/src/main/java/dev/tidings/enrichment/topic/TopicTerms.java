package dev.tidings.enrichment.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms the topic model and the topic lexicon are written in: Lucene's English analysis
 * (standard tokenizer, possessives and stop words dropped, lower case, Porter stems), without
 * numbers, which say nothing about a topic.
 *
 * <p>The trainer uses this same class, so the shipped model and the running classifier can never
 * disagree on what a term is. Thread-safe: Lucene analyzers keep their per-call state per thread.
 */
public final class TopicTerms {

    private final Analyzer analyzer = new EnglishAnalyzer();

    public List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!isNumber(term)) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            // A StringReader never fails; this is only the analyzer's checked signature.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static boolean isNumber(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
