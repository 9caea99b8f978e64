package dev.tidings.enrichment.pipeline;

import dev.tidings.events.Amount;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.Country;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.Keyword;
import dev.tidings.events.Quote;
import dev.tidings.events.Segments;
import dev.tidings.events.Tone;
import dev.tidings.events.Topic;
import java.util.List;
import java.util.Objects;

/**
 * One article on its way through the pipeline: the ingested article and what the taggers have
 * found so far. Each tagger sets its own part; a later tagger can read what an earlier one set
 * (the entity tagger reads the language).
 *
 * <p>It lives on one worker thread for the length of one enrichment, so it needs no locking.
 */
public final class ArticleDocument {
    private static final DetectedLanguage NOT_YET_DETECTED = new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);

    private final ArticleIngested article;
    private String body;
    private Segments segments = Segments.NONE;
    private DetectedLanguage language = NOT_YET_DETECTED;
    private List<Entity> entities = List.of();
    private List<Country> countries = List.of();
    private String focusCountry;
    private List<Quote> quotes = List.of();
    private List<Amount> amounts = List.of();
    private float[] embedding;
    private List<Topic> topics = List.of();
    private List<Keyword> keywords = List.of();
    private Tone tone;
    private String summary;
    private String fingerprint;

    public ArticleDocument(ArticleIngested article) {
        this.article = Objects.requireNonNull(article, "article");
        Objects.requireNonNull(article.title(), "title");
        this.body = Objects.requireNonNull(article.body(), "body");
    }

    public ArticleIngested article() {
        return article;
    }

    public String title() {
        return article.title();
    }

    /**
     * The main story: the submitted page until the segment tagger has cut it down. Every offset a
     * tagger reports indexes into it, in UTF-16 code units.
     */
    public String body() {
        return body;
    }

    /** The page as submitted, before segmentation and HTML cleaning. */
    public String submittedContent() {
        return article.body();
    }

    /** Sets the main story; only the segment tagger, the first one, may do so, before any offsets exist. */
    public void setMainStory(String mainStory, Segments segments) {
        this.body = Objects.requireNonNull(mainStory, "mainStory");
        this.segments = Objects.requireNonNull(segments, "segments");
    }

    public Segments segments() {
        return segments;
    }

    public DetectedLanguage language() {
        return language;
    }

    public void setLanguage(DetectedLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    public boolean isInLanguage(String isoCode) {
        return language.code().equals(isoCode);
    }

    public List<Entity> entities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<Country> countries() {
        return countries;
    }

    public String focusCountry() {
        return focusCountry;
    }

    public void setCountries(List<Country> countries, String focusCountry) {
        this.countries = List.copyOf(countries);
        this.focusCountry = focusCountry;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public void setQuotes(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public List<Amount> amounts() {
        return amounts;
    }

    public void setAmounts(List<Amount> amounts) {
        this.amounts = List.copyOf(amounts);
    }

    /**
     * The sentence embedding of the headline and lead (embedding.EmbeddingTagger): 384 floats of unit
     * length, so that a dot product is a cosine similarity; null for an article it does not embed
     * (not English, or no text). Not part of the enriched event (yet): later taggers read it here.
     * The array is shared, not copied: do not change it.
     */
    public float[] embedding() {
        return embedding;
    }

    public void setEmbedding(float[] embedding) {
        this.embedding = Objects.requireNonNull(embedding, "embedding");
    }

    public List<Topic> topics() {
        return topics;
    }

    public void setTopics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    public List<Keyword> keywords() {
        return keywords;
    }

    public void setKeywords(List<Keyword> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    /** Null until the tone tagger ran, and for articles it does not score. */
    public Tone tone() {
        return tone;
    }

    public void setTone(Tone tone) {
        this.tone = tone;
    }

    public String summary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }
}
