package dev.tidings.enrichment.pipeline;

import dev.tidings.events.Amount;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.Country;
import dev.tidings.events.Coverage;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Embedding;
import dev.tidings.events.Entity;
import dev.tidings.events.Keyword;
import dev.tidings.events.Quote;
import dev.tidings.events.Segments;
import dev.tidings.events.Tone;
import dev.tidings.events.Topic;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One article on its way through the pipeline: the ingested article and what the taggers have
 * found so far. Each tagger sets its own part; a later tagger can read what an earlier one set
 * (the entity tagger reads the language).
 *
 * <p>Setting a language-dependent part records that its tagger ran ({@link #coverage()}): a tagger
 * that does not support the article's language sets nothing, and the article says so.
 *
 * <p>It lives on one worker thread for the length of one enrichment, so it needs no locking.
 */
public final class ArticleDocument {

    /** The parts that only some languages get, as listed in {@link Coverage}. */
    public enum Part {
        ENTITIES,
        COUNTRIES,
        QUOTES,
        AMOUNTS,
        TOPICS,
        KEYWORDS,
        TONE,
        SUMMARY
    }

    private static final DetectedLanguage NOT_YET_DETECTED = new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0.0);

    /** A title made from the body is cut at a word boundary before this many characters. */
    private static final int MAX_DERIVED_TITLE_CHARS = 120;

    private final ArticleIngested article;
    private String pageText;
    private PageMetadata page = PageMetadata.NONE;
    private String body;
    private Segments segments = Segments.NONE;
    private DetectedLanguage language = NOT_YET_DETECTED;
    private List<Entity> entities = List.of();
    private List<Country> countries = List.of();
    private String focusCountry;
    private List<Quote> quotes = List.of();
    private List<Amount> amounts = List.of();
    private float[] embedding;
    private String embeddingModel;
    private List<Topic> topics = List.of();
    private List<Keyword> keywords = List.of();
    private Tone tone;
    private String summary;
    private String fingerprint;
    private final Set<Part> covered = EnumSet.noneOf(Part.class);

    public ArticleDocument(ArticleIngested article) {
        this.article = Objects.requireNonNull(article, "article");
        this.body = Objects.requireNonNull(article.body(), "body");
        this.pageText = article.body();
    }

    public ArticleIngested article() {
        return article;
    }

    /**
     * The title: the producer's; else, for an HTML page, the page's own (its metadata, its
     * {@code <title>}, its first heading); else the first line of the main story, so that an article
     * never goes without one.
     */
    public String title() {
        String title = present(article.title(), page.title());
        return title != null ? title : titleFromBody();
    }

    private String titleFromBody() {
        String firstLine = body.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= MAX_DERIVED_TITLE_CHARS) {
            return firstLine.isEmpty() && article.url() != null ? article.url() : firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', MAX_DERIVED_TITLE_CHARS);
        return firstLine.substring(0, cut > 0 ? cut : MAX_DERIVED_TITLE_CHARS) + "…";
    }

    /**
     * The text the segment tagger cuts the main story from: the submitted content, or for an HTML
     * page the article's text that the page tagger found in it, one paragraph per line.
     */
    public String pageText() {
        return pageText;
    }

    /** What an HTML page says about itself; {@link PageMetadata#NONE} for text. */
    public PageMetadata page() {
        return page;
    }

    /** Sets what the page tagger read from an HTML page; only it may, before the segment tagger runs. */
    public void setPage(String mainText, PageMetadata metadata) {
        this.pageText = Objects.requireNonNull(mainText, "mainText");
        this.body = mainText;
        this.page = Objects.requireNonNull(metadata, "metadata");
    }

    // What the producer sent always wins; the page fills only what it left out.

    public String source() {
        return present(article.source(), page.siteName());
    }

    public List<String> authors() {
        return article.authors().isEmpty() ? page.authors() : article.authors();
    }

    public Instant publishedAt() {
        return article.publishedAt() != null ? article.publishedAt() : page.publishedAt();
    }

    /** The producer's language hint, else the page's {@code <html lang>}; a hint, not the detected language. */
    public String languageHint() {
        return present(article.language(), page.language());
    }

    public String description() {
        return page.description();
    }

    public String imageUrl() {
        return page.imageUrl();
    }

    /** The URL the page names as its own, else ingest's canonical form of the submitted URL. */
    public String canonicalUrl() {
        return present(page.canonicalUrl(), article.canonicalUrl());
    }

    private static String present(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    /**
     * The main story: the submitted page (an HTML page's article text once the page tagger ran)
     * until the segment tagger has cut it down. Every offset a tagger reports indexes into it, in
     * UTF-16 code units.
     */
    public String body() {
        return body;
    }

    /** The page as submitted, before text extraction and segmentation. */
    public String submittedContent() {
        return article.body();
    }

    /** Sets the main story; only the segment tagger may do so, before any offsets exist. */
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
        covered.add(Part.ENTITIES);
        this.entities = List.copyOf(entities);
    }

    public List<Country> countries() {
        return countries;
    }

    public String focusCountry() {
        return focusCountry;
    }

    public void setCountries(List<Country> countries, String focusCountry) {
        covered.add(Part.COUNTRIES);
        this.countries = List.copyOf(countries);
        this.focusCountry = focusCountry;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public void setQuotes(List<Quote> quotes) {
        covered.add(Part.QUOTES);
        this.quotes = List.copyOf(quotes);
    }

    public List<Amount> amounts() {
        return amounts;
    }

    public void setAmounts(List<Amount> amounts) {
        covered.add(Part.AMOUNTS);
        this.amounts = List.copyOf(amounts);
    }

    /**
     * The sentence embedding of the headline and lead (embedding.EmbeddingTagger): 384 floats of unit
     * length, so that a dot product is a cosine similarity; null for an article it does not embed
     * (not English, or no text). Later taggers read it here; the event carries it compactly
     * ({@link Embedding}). The array is shared, not copied: do not change it.
     */
    public float[] embedding() {
        return embedding;
    }

    /** The name of the model that made {@link #embedding()}, or null. */
    public String embeddingModel() {
        return embeddingModel;
    }

    public void setEmbedding(String model, float[] embedding) {
        this.embeddingModel = Objects.requireNonNull(model, "model");
        this.embedding = Objects.requireNonNull(embedding, "embedding");
    }

    public List<Topic> topics() {
        return topics;
    }

    public void setTopics(List<Topic> topics) {
        covered.add(Part.TOPICS);
        this.topics = List.copyOf(topics);
    }

    public List<Keyword> keywords() {
        return keywords;
    }

    public void setKeywords(List<Keyword> keywords) {
        covered.add(Part.KEYWORDS);
        this.keywords = List.copyOf(keywords);
    }

    /** Null until the tone tagger ran, and for articles it does not score. */
    public Tone tone() {
        return tone;
    }

    public void setTone(Tone tone) {
        covered.add(Part.TONE);
        this.tone = tone;
    }

    public String summary() {
        return summary;
    }

    public void setSummary(String summary) {
        covered.add(Part.SUMMARY);
        this.summary = summary;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** Whether the tagger of {@code part} ran on this article. */
    public boolean covers(Part part) {
        return covered.contains(part);
    }

    /** Which language-dependent taggers ran: those that set their part. */
    public Coverage coverage() {
        return new Coverage(
                covers(Part.ENTITIES),
                covers(Part.COUNTRIES),
                covers(Part.QUOTES),
                covers(Part.AMOUNTS),
                covers(Part.TOPICS),
                covers(Part.KEYWORDS),
                covers(Part.TONE),
                covers(Part.SUMMARY));
    }

    /**
     * The enriched event of this article as the taggers left it.
     *
     * @param enrichedAt when it was tagged; give microseconds at most, the precision PostgreSQL keeps,
     *     so that a stored row reads back equal
     */
    public ArticleEnriched toEnriched(int enrichmentVersion, Instant enrichedAt) {
        return new ArticleEnriched(
                article.id(),
                article.version(),
                article.url(),
                source(),
                title(),
                body(),
                publishedAt(),
                authors(),
                article.section(),
                article.contentHash(),
                article.ingestedAt(),
                enrichedAt,
                enrichmentVersion,
                language(),
                entities(),
                segments(),
                countries(),
                focusCountry(),
                quotes(),
                amounts(),
                topics(),
                keywords(),
                tone(),
                summary(),
                fingerprint(),
                description(),
                imageUrl(),
                canonicalUrl(),
                coverage(),
                embedding == null ? null : Embedding.of(embeddingModel, embedding));
    }
}
