package dev.tidings.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One ingested article and its enriched form, with every tag set. */
final class EventFixtures {
    static final UUID ID = UUID.fromString("6f1c2d1e-5a7b-5c3d-9e8f-0a1b2c3d4e5f");
    static final String BODY = "Ferry crews in Busan walked out yesterday, Kim Min-jun (김민준) said. \"We will not sail"
            + " until the port pays us,\" he said. About 300 crew members joined.";
    static final String TEASER = "Container rates rose in Busan for a third";

    private EventFixtures() {}

    static ArticleIngested ingested() {
        return new ArticleIngested(
                ID,
                1_764_000_000_000_000L,
                "https://news.example.org/asia/ferry-strike?utm_source=x",
                "https://news.example.org/asia/ferry-strike",
                "Example News",
                "Ferry crews strike in Busan",
                BODY,
                Instant.parse("2026-11-27T08:00:00Z"),
                "en",
                List.of("Ana Ortiz"),
                "Asia",
                "text",
                "a".repeat(64),
                Instant.parse("2026-11-27T08:00:01.123456Z"));
    }

    static ArticleEnriched enriched() {
        var a = ingested();
        var kim = new Entity(
                "person:kim-min-jun",
                EntityType.PERSON,
                "Kim Min-jun",
                List.of("김민준"),
                List.of(at("Kim Min-jun")),
                0.8);
        var busan = new Entity(
                "wikipedia:Busan",
                EntityType.LOCATION,
                "Busan",
                List.of(),
                List.of(at("Busan")),
                0.6,
                "KR",
                new GeoPoint(35.1, 129.04),
                new Link("wikipedia", "Busan", "Busan", 0.97));
        String quoted = "We will not sail until the port pays us,";
        String crew = "300 crew members";
        return new ArticleEnriched(
                a.id(),
                a.version(),
                a.url(),
                a.source(),
                a.title(),
                a.body(),
                a.publishedAt(),
                a.authors(),
                a.section(),
                a.contentHash(),
                a.ingestedAt(),
                Instant.parse("2026-11-27T08:00:02Z"),
                1,
                new DetectedLanguage("en", 0.99),
                List.of(kim, busan),
                new Segments(
                        List.of(new RelatedLink("Port unions across Asia weigh solidarity strikes")),
                        List.of(new Teaser(
                                "SHIPPING",
                                TEASER,
                                true,
                                List.of(new Entity(
                                        "location:busan",
                                        EntityType.LOCATION,
                                        "Busan",
                                        List.of(),
                                        List.of(new Mention(
                                                TEASER.indexOf("Busan"), TEASER.indexOf("Busan") + 5, "Busan")),
                                        1.0))))),
                List.of(new Country("KR", "South Korea", 2, 0.9)),
                "KR",
                List.of(new Quote(
                        quoted,
                        BODY.indexOf(quoted),
                        BODY.indexOf(quoted) + quoted.length(),
                        new Speaker("Kim Min-jun", kim.id()))),
                List.of(new Amount(
                        300, crew, "crew members", null, BODY.indexOf(crew), BODY.indexOf(crew) + crew.length())),
                List.of(new Topic("medtop:09000000", "labour", 0.71)),
                List.of(new Keyword("ferry crews", 0.42)),
                new Tone(-2.5, 1.0, 3.5),
                "Ferry crews in Busan walked out yesterday.",
                "0123456789abcdef",
                "Crews of the harbour ferries stopped work over pay.",
                "https://news.example.org/images/ferry-strike.jpg",
                "https://news.example.org/asia/ferry-strike",
                new Coverage(true, true, true, true, true, true, true, true),
                Embedding.of(EMBEDDING_MODEL, EMBEDDING_VECTOR));
    }

    static final String EMBEDDING_MODEL = "test-model-int8";
    static final float[] EMBEDDING_VECTOR = {0.5f, -0.25f, 0.0f, 0.8f, -0.1f, 0.2f};

    private static Mention at(String text) {
        int start = BODY.indexOf(text);
        return new Mention(start, start + text.length(), text);
    }
}
