package dev.tidings.query.story;

import dev.tidings.events.ArticleEnriched;
import dev.tidings.query.story.StoryTexts.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Two reports of one made-up event, for the tests of {@code tidings.query.stories.enabled}. */
final class StorySwitchTexts {

    private static final Text BRIDGE_WIRE = new Text(
            "Valley Wire",
            "Storm closes the Marrow bridge at Kelsby for a week",
            "The Marrow bridge at Kelsby will stay closed for a week after Sunday's storm loosened two of its"
                    + " cables, the regional roads office said. Engineer Hanna Okafor said divers would inspect the"
                    + " piers on Tuesday; buses to Kelsby take the ferry road meanwhile.",
            List.of(
                    new String[] {"wikipedia:Marrow_bridge", "LOCATION", "Marrow bridge", "0.9"},
                    new String[] {"wikipedia:Kelsby", "LOCATION", "Kelsby", "0.8"},
                    new String[] {"person:hanna-okafor", "PERSON", "Hanna Okafor", "0.5"}),
            List.of("Marrow bridge closure", "storm damage", "bridge cables"),
            "NO");

    private static final Text BRIDGE_HERALD = new Text(
            "Kelsby Herald",
            "Marrow bridge shut after storm damage to cables",
            "Drivers face a long detour: the Marrow bridge at Kelsby is shut for at least seven days. Sunday's"
                    + " storm damaged two cables, and Hanna Okafor, the roads office's engineer, wants divers to"
                    + " check the piers before it reopens.",
            List.of(
                    new String[] {"wikipedia:Marrow_bridge", "LOCATION", "Marrow bridge", "0.9"},
                    new String[] {"wikipedia:Kelsby", "LOCATION", "Kelsby", "0.8"},
                    new String[] {"person:hanna-okafor", "PERSON", "Hanna Okafor", "0.5"}),
            List.of("Marrow bridge closure", "bridge cables", "detour"),
            "NO");

    private StorySwitchTexts() {}

    /** The two reports, an hour apart, under URLs of {@code run}. */
    static List<ArticleEnriched> bridgeReports(String run, Instant start) {
        return List.of(
                StoryTexts.article(BRIDGE_WIRE, "https://valley-wire.example/" + run + "/bridge", start),
                StoryTexts.article(
                        BRIDGE_HERALD,
                        "https://kelsby-herald.example/" + run + "/bridge",
                        start.plus(Duration.ofHours(1))));
    }
}
