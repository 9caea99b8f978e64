package dev.tidings.enrichment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.events.ArticleIngested;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntityLanguagesTests {

    private static final List<String> GERMAN_TEXTS = List.of(
            "Die Stadt Wien will alle Busse umstellen, sagte Bürgermeisterin Maria Huber am Montag.",
            "Die Wiener Linien bestellen 250 neue Fahrzeuge bei Siemens in München.",
            "Bundeskanzler Olaf Scholz traf in Berlin den französischen Präsidenten Emmanuel Macron.",
            "Der FC Bayern München gewann gegen Borussia Dortmund, sagte Trainer Thomas Tuchel.");

    @Test
    void anArticleInALanguageWithoutItsModelGetsNoEntitiesAndSaysSo() {
        EntityTagger englishOnly = new EntityTagger(List.of(NerLanguage.ENGLISH));
        ArticleDocument document = document("朝鲜周一再次发射导弹。韩国和日本表示抗议。", "zh");

        englishOnly.tag(document);

        assertTrue(document.entities().isEmpty());
        assertFalse(document.coverage().entities());
        assertEquals(java.util.Set.of("en"), englishOnly.languages());
    }

    @Test
    void unknownLanguagesInTheSettingAreRefusedByName() {
        assertEquals(List.of(NerLanguage.GERMAN, NerLanguage.CHINESE), NerLanguage.parse(" de, zh ,de"));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> NerLanguage.parse("en,xx"));
        assertTrue(refused.getMessage().contains("'xx'"));
    }

    /** One German tagger shared by threads gives what it gives one thread, as the English one does. */
    @Test
    void oneTaggerServesManyThreadsWithTheSameAnswers() throws Exception {
        EntityTagger german = new EntityTagger(List.of(NerLanguage.GERMAN));
        List<List<Entity>> sequential = new ArrayList<>();
        for (String text : GERMAN_TEXTS) {
            sequential.add(tag(german, text));
        }
        assertTrue(sequential.stream().allMatch(entities -> entities.size() >= 2), sequential::toString);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> concurrent = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String text : GERMAN_TEXTS) {
                    concurrent.add(pool.submit(() -> tag(german, text)));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertEquals(
                        sequential.get(i % GERMAN_TEXTS.size()),
                        concurrent.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Entity> tag(EntityTagger tagger, String text) {
        ArticleDocument document = document(text, "de");
        tagger.tag(document);
        return document.entities();
    }

    private static ArticleDocument document(String body, String language) {
        ArticleDocument document = new ArticleDocument(new ArticleIngested(
                UUID.randomUUID(),
                1L,
                null,
                null,
                null,
                "",
                body,
                Instant.EPOCH,
                language,
                List.of(),
                null,
                "text",
                null,
                Instant.EPOCH));
        document.setLanguage(new DetectedLanguage(language, 1.0));
        return document;
    }
}
