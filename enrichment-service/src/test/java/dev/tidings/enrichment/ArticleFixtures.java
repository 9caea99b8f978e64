package dev.tidings.enrichment;

import dev.tidings.enrichment.enricher.StandardPipeline;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import dev.tidings.events.ArticleIngested;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Texts written for these tests in the shape of a scraped news page: a main story with quotes, an
 * "Also see story:" line and its headline, then teasers of unrelated stories with ALL-CAPS kickers
 * and a native-script name in parentheses after the romanised one. Every name in them is made up.
 */
public final class ArticleFixtures {

    public static final String TITLE = "Danube falls to a 20-year low as Kovacs warns of closed locks";

    public static final String NEWS_PAGE = String.join(
            "\n",
            "Water levels on the Danube fell to their lowest point in two decades this week, forcing cargo barges"
                    + " to sail half empty between Vienna and Budapest.",
            "\"We have never seen the river this low in September,\" said Maria Kovacs, director of the Danube Water"
                    + " Institute, at a briefing in Vienna on Tuesday.",
            "Kovacs said the institute had asked the European Commission to pay for new gauging stations along the"
                    + " river before next summer.",
            "Shipping companies in Linz and Bratislava have already cut their timetables, according to the Austrian"
                    + " Chamber of Commerce.",
            "\"If the rain does not come by October, the locks will have to close,\" Kovacs told reporters. He said"
                    + " farmers would be hit next.",
            "Also see story:",
            "Drought shrinks the maize harvest across central Europe",
            "HARBOURS: Port officials in Busan said on Monday that Mayor Han Seo-yun (韓瑞允) would open the new ferry"
                    + " terminal in the spring, a year later than planned.",
            "SECURITY: Officials in Tallinn said the Baltic Cable Authority had found damage to a second undersea"
                    + " line.");

    public static final String GERMAN_STORY = "Der Wasserstand der Donau ist in dieser Woche auf den tiefsten Stand"
            + " seit zwanzig Jahren gefallen. Maria Kovacs, Direktorin des Donau-Wasserinstituts, sagte am Dienstag"
            + " in Wien, die Schleusen müssten schließen, wenn der Regen bis Oktober ausbleibe.";

    public static final String FRENCH_STORY = "Le niveau du Danube est tombé cette semaine à son plus bas depuis vingt"
            + " ans. Maria Kovacs, directrice de l'Institut de l'eau du Danube, a déclaré mardi à Vienne que les"
            + " écluses devraient fermer si la pluie ne revenait pas avant octobre.";

    private static EnrichmentPipeline pipeline;

    private ArticleFixtures() {}

    /** The service's pipeline, loaded once for all unit tests: its models take seconds to load. */
    public static synchronized EnrichmentPipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.load();
        }
        return pipeline;
    }

    public static ArticleIngested ingested(UUID id, String title, String body) {
        return new ArticleIngested(
                id,
                1_764_000_000_000_000L,
                "https://news.example.com/europe/" + id,
                "https://news.example.com/europe/" + id,
                "Example News",
                title,
                body,
                Instant.parse("2025-09-16T08:00:00Z"),
                "en",
                List.of("Ana Example"),
                "Europe",
                "text",
                "0".repeat(64),
                Instant.parse("2025-09-16T08:05:00Z"));
    }
}
