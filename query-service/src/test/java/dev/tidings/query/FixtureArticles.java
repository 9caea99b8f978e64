package dev.tidings.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Mention;
import dev.tidings.events.RelatedLink;
import dev.tidings.events.Segments;
import dev.tidings.events.Teaser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Enriched articles written for these tests, shaped like a news page after segmentation: the main
 * story is the body, the "Also see story:" line and the teasers with their kickers travel as a
 * {@code segments} tag that the query service stores without knowing it.
 */
public final class FixtureArticles {
    private static final ObjectMapper JSON = ArticleEventJson.mapper();

    public static final String FIRST_TITLE = "Harbour pilots walk out in Keelung over night-shift pay";
    public static final String FIRST_BODY = """
            Harbour pilots in Keelung stopped work on Tuesday after talks over night-shift pay broke down, \
            leaving a dozen container ships waiting offshore, the port authority said.
            Lin Mei-hua (林美華), who speaks for the pilots' union, said crews had covered double shifts since \
            the spring. "We are asking for what we were promised, nothing more," Lin told reporters.
            The Taiwan International Ports Corporation said it would bring in pilots from Kaohsiung if the \
            stoppage lasted beyond Thursday.""";

    public static final String SECOND_TITLE = "Keelung pilots end strike after overnight deal";
    public static final String SECOND_BODY = """
            Harbour pilots in Keelung returned to work on Wednesday after an overnight deal on night-shift \
            pay, and the first of the waiting container ships berthed by noon, the port authority said.
            Lin Mei-hua (林美華) of the pilots' union said the agreement restored the allowance cut last year.
            The Taiwan International Ports Corporation said no pilots from Kaohsiung would be needed.""";

    private FixtureArticles() {}

    /** Which text an article version carries: versions with the same content have the same hash. */
    public enum Content {
        FIRST(FIRST_TITLE, FIRST_BODY),
        SECOND(SECOND_TITLE, SECOND_BODY);

        final String title;
        final String body;

        Content(String title, String body) {
            this.title = title;
            this.body = body;
        }

        public String title() {
            return title;
        }

        public String hash() {
            return sha256(title + "\n" + body);
        }
    }

    public static ArticleEnriched article(UUID id, long version, Content content, int enrichmentVersion) {
        return article(id, version, content, enrichmentVersion, Instant.parse("2026-11-24T06:30:00Z"));
    }

    public static ArticleEnriched article(
            UUID id, long version, Content content, int enrichmentVersion, Instant publishedAt) {
        List<Entity> entities = new ArrayList<>();
        entities.add(entity(
                "person:lin-mei-hua", EntityType.PERSON, "Lin Mei-hua", List.of("林美華", "Lin"), content.body, 0.8));
        entities.add(entity("location:keelung", EntityType.LOCATION, "Keelung", List.of(), content.body, 0.6));
        if (enrichmentVersion > 1) {
            // A newer enricher also finds the port operator.
            entities.add(entity(
                    "organization:taiwan-international-ports-corporation",
                    EntityType.ORGANIZATION,
                    "Taiwan International Ports Corporation",
                    List.of(),
                    content.body,
                    0.5));
        }
        return new ArticleEnriched(
                id,
                version,
                "https://news.example.org/asia/keelung-pilots-" + id,
                "Example Harbour Times",
                content.title,
                content.body,
                publishedAt,
                List.of("Chen Wei-ting"),
                "Asia",
                content.hash(),
                Instant.parse("2026-11-24T07:00:00.123456Z"),
                Instant.parse("2026-11-24T07:00:02Z"),
                enrichmentVersion,
                new DetectedLanguage("en", 0.97),
                entities);
    }

    /** The record as enrichment publishes it, with the segments tag that has no column of its own. */
    public static String json(ArticleEnriched article) {
        ObjectNode node = JSON.valueToTree(article);
        node.set(
                "segments",
                JSON.valueToTree(new Segments(
                        List.of(new RelatedLink("Ferry timetables cut as fuel costs climb")),
                        List.of(
                                new Teaser(
                                        "SHIPPING",
                                        "Insurers raise premiums for routes through the strait",
                                        false,
                                        null),
                                new Teaser("ECONOMY", "Export orders fall for a third month", true, null)))));
        node.put("enricherNote", "segments v" + article.enrichmentVersion());
        return node.toString();
    }

    private static Entity entity(
            String id, EntityType type, String name, List<String> aliases, String body, double salience) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
            mentions.add(new Mention(at, at + name.length(), name));
        }
        return new Entity(id, type, name, aliases, mentions, salience);
    }

    /** The hex SHA-256 of a text, as an article's content hash. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
