package dev.tidings.enrichment.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tidings.enrichment.ArticleFixtures;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.events.DetectedLanguage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingTaggerTests {

    private static SentenceEmbedder embedder;
    private static EmbeddingTagger tagger;

    @BeforeAll
    static void load() {
        embedder = new SentenceEmbedder();
        tagger = new EmbeddingTagger(embedder);
    }

    @Test
    void anEnglishArticleGetsTheEmbeddingOfItsHeadlineAndLead() {
        String body = "Harbour pilots in Valdora ended their strike on Friday. "
                + "The port authority agreed to hire twelve more pilots. ".repeat(30);
        ArticleDocument document = document("Pilots end strike", body, "en");

        tagger.tag(document);

        assertEquals(SentenceEmbedder.DIMENSION, document.embedding().length);
        assertArrayEquals(embedder.embed(HeadlineAndLead.of("Pilots end strike", body)), document.embedding());
    }

    @Test
    void anArticleInAnotherLanguageGetsNone() {
        ArticleDocument document = document("Donau", ArticleFixtures.GERMAN_STORY, "de");

        tagger.tag(document);

        assertNull(document.embedding());
    }

    private static ArticleDocument document(String title, String body, String language) {
        ArticleDocument document = new ArticleDocument(ArticleFixtures.ingested(UUID.randomUUID(), title, body));
        document.setLanguage(new DetectedLanguage(language, 0.99));
        return document;
    }
}
