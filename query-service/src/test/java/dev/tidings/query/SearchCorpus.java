package dev.tidings.query;

import dev.tidings.events.Amount;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.ArticleEventReader;
import dev.tidings.events.Country;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Keyword;
import dev.tidings.events.Mention;
import dev.tidings.events.Quote;
import dev.tidings.events.RelatedLink;
import dev.tidings.events.Segments;
import dev.tidings.events.Speaker;
import dev.tidings.events.Teaser;
import dev.tidings.events.Tone;
import dev.tidings.events.Topic;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A few hundred enriched articles made from templates written for these tests, deterministic, with
 * every tag that search filters and facets on. They are about an invented port town, Vellmar, so
 * that full-text queries do not match other tests' articles; they are dated in 2031 for the same
 * reason. Tests compute what they expect from {@link #articles()} rather than hard-coding counts.
 */
public final class SearchCorpus {
    public static final int SIZE = 240;
    public static final Instant FIRST_PUBLISHED = Instant.parse("2031-01-01T00:00:00Z");
    public static final String XSS_TITLE = "<script>alert(1)</script> Vellmar council votes on the harbour levy";
    public static final List<String> SOURCES = List.of("Northern Ledger", "Harbour Gazette", "Valley Courier");
    public static final String EXTRA_SOURCE = "Vellmar Extra Wire";

    /** Articles marked as duplicates of another, hidden unless asked for. */
    public static final Set<Integer> DUPLICATES = Set.of(7, 77, 177);

    private static final long VERSION = 1_925_000_000_000_000L;
    private static final String[] SUBJECTS = {
        "Ferry crews", "Harbour pilots", "Rice farmers", "Chip makers", "Border guards", "Dock workers"
    };
    private static final String[] EVENTS = {
        "strike over night-shift pay",
        "protest the tariff plan",
        "brace for a long drought",
        "win new export orders",
        "face fresh inspections"
    };
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final Country[] COUNTRIES = {
        new Country("KP", "North Korea", 2, 0.7),
        new Country("CN", "China", 3, 0.8),
        new Country("TW", "Taiwan", 2, 0.6),
        new Country("KR", "South Korea", 1, 0.4),
        new Country("PH", "Philippines", 1, 0.3)
    };
    public static final Topic POLITICS = new Topic("medtop:11000000", "politics", 0.8);
    public static final Topic ECONOMY = new Topic("medtop:04000000", "economy, business and finance", 0.7);
    public static final Topic CONFLICT = new Topic("medtop:16000000", "conflict, war and peace", 0.6);
    /** A child of CONFLICT, sent with its parent (as enrichment-service does). */
    public static final Topic ARMED_CONFLICT = new Topic("medtop:20000056", "armed conflict", 0.5);
    /** A child of POLITICS, sent without its parent (as another tagger may). */
    public static final Topic ELECTION = new Topic("medtop:20000574", "election", 0.5);
    /** The top-level parent of each child code above (V5__topic_parents.sql knows them all). */
    public static final Map<String, String> TOPIC_PARENTS =
            Map.of(ARMED_CONFLICT.code(), CONFLICT.code(), ELECTION.code(), POLITICS.code());

    private static volatile List<CorpusArticle> articles;
    private static volatile boolean loaded;

    private SearchCorpus() {}

    /** One corpus article with the attributes tests filter on. */
    public record CorpusArticle(int index, ArticleEnriched event) {
        public String id() {
            return event.id().toString();
        }

        public boolean duplicate() {
            return DUPLICATES.contains(index);
        }

        public boolean hasPerson(String entityId) {
            return event.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.id().equals(entityId));
        }

        public boolean hasOrganization(String entityId) {
            return event.entities().stream()
                    .anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.id().equals(entityId));
        }

        public boolean hasCountry(String code) {
            return event.countries().stream().anyMatch(c -> c.code().equals(code));
        }

        /** Tagged with the topic, or with one of its children: what a topic filter matches. */
        public boolean hasTopic(String code) {
            return topicCodes().contains(code);
        }

        /** The codes sent and the top-level parent of each child code: what topic facets count. */
        public Set<String> topicCodes() {
            Set<String> codes = new TreeSet<>();
            for (Topic topic : event.topics()) {
                codes.add(topic.code());
                if (TOPIC_PARENTS.containsKey(topic.code())) {
                    codes.add(TOPIC_PARENTS.get(topic.code()));
                }
            }
            return codes;
        }

        public boolean sentTopic(String code) {
            return event.topics().stream().anyMatch(t -> t.code().equals(code));
        }

        public double tone() {
            return event.tone().score();
        }
    }

    public static synchronized List<CorpusArticle> articles() {
        if (articles == null) {
            List<CorpusArticle> made = new ArrayList<>();
            for (int i = 0; i < SIZE; i++) {
                made.add(new CorpusArticle(i, article(i)));
            }
            articles = List.copyOf(made);
        }
        return articles;
    }

    /** Ids of the listed (non-duplicate) corpus articles that pass {@code test}. */
    public static Set<String> ids(Predicate<CorpusArticle> test) {
        return Set.copyOf(articles().stream()
                .filter(a -> !a.duplicate())
                .filter(test)
                .map(CorpusArticle::id)
                .toList());
    }

    /** Stores the corpus once per test JVM, as the consumer would, then marks the duplicates. */
    public static synchronized void load(ArticleStore store, Pool pool) {
        if (loaded) {
            return;
        }
        for (CorpusArticle article : articles()) {
            var row = ArticleEventReader.ENRICHED.read(
                    ArticleEventJson.mapper().valueToTree(article.event()).toString());
            await(() -> store.upsert(row));
        }
        // Duplicate detection is another issue's; here its outcome is written directly.
        for (int index : DUPLICATES) {
            UUID duplicate = articles().get(index).event().id();
            UUID original = articles().get(index - 1).event().id();
            await(() -> pool.preparedQuery("update articles set duplicate_of = $1 where id = $2")
                    .execute(Tuple.of(original, duplicate)));
        }
        loaded = true;
    }

    /** Stores one article through the store, as the consumer would. */
    public static void store(ArticleStore store, ArticleEnriched article) {
        var row = ArticleEventReader.ENRICHED.read(
                ArticleEventJson.mapper().valueToTree(article).toString());
        await(() -> store.upsert(row));
    }

    /** Removes articles a test added, so that the corpus is as other tests expect it. */
    public static void delete(Pool pool, List<UUID> ids) {
        if (!ids.isEmpty()) {
            await(() -> pool.preparedQuery("delete from articles where id = any($1)")
                    .execute(Tuple.of(ids.toArray(UUID[]::new))));
        }
    }

    /**
     * A Vellmar article that is not part of the corpus, for tests that store while they read: the
     * text of a corpus article with {@code marker} added, about {@code country}, from a source of its own.
     */
    public static ArticleEnriched extra(UUID id, Instant published, String marker, String country) {
        ArticleEnriched base = article(Math.floorMod(id.hashCode(), SIZE));
        return extra(id, published, base.title() + " " + marker, marker + " " + base.body(), country);
    }

    /** An article that is not part of the corpus, with the title and body a test needs. */
    public static ArticleEnriched extra(UUID id, Instant published, String title, String body, String country) {
        return extra(id, published, title, body, country, List.of());
    }

    /**
     * As {@link #extra(UUID, Instant, String, String, String)}, with these organisations (id, name
     * and aliases; mentioned where the body has them) beside its base article's entities.
     */
    public static ArticleEnriched extra(
            UUID id, Instant published, String title, String body, String country, List<Entity> organizations) {
        ArticleEnriched base = article(Math.floorMod(id.hashCode(), SIZE));
        List<Entity> entities = new ArrayList<>(base.entities());
        entities.addAll(organizations);
        return new ArticleEnriched(
                id,
                VERSION,
                "https://vellmar.example.net/extra/" + id,
                EXTRA_SOURCE,
                title,
                body,
                published,
                base.authors(),
                base.section(),
                sha256(title + body),
                published.plusSeconds(60),
                published.plusSeconds(62),
                1,
                base.language(),
                withMentions(entities, body),
                base.segments(),
                List.of(new Country(country, country, 1, 0.5)),
                country,
                List.of(),
                List.of(),
                base.topics(),
                base.keywords(),
                base.tone(),
                base.summary(),
                // A fingerprint of its own: with its base article's, two extras drawn from the same
                // base (or the base itself) would be near-duplicates, hidden from searches and streams.
                String.format("%016x", id.getMostSignificantBits() ^ id.getLeastSignificantBits()));
    }

    static ArticleEnriched article(int i) {
        String subject = SUBJECTS[i % SUBJECTS.length];
        String event = EVENTS[i % EVENTS.length];
        String title = i == 13 ? XSS_TITLE : subject + " in Vellmar " + event;
        if (i % 10 == 0) {
            title += " as quillfish prices climb";
        }
        boolean chiu = i % 3 == 0;
        boolean vellin = i % 4 == 1;
        boolean mac = i % 5 == 0;
        boolean union = i % 2 == 1;
        boolean macau = i % 8 == 0;
        String speaker = chiu ? "Chiu Chui-cheng (邱垂正)" : vellin ? "Mara Vellin" : "Tomas Okafor";
        String quote = "We will not let the port stand still while families wait for answers";
        StringBuilder body = new StringBuilder();
        body.append(subject)
                .append(" in Vellmar ")
                .append(event)
                .append(" on ")
                .append(WEEKDAYS[i % WEEKDAYS.length])
                .append(", officials said. ")
                .append(speaker)
                .append(mac ? " of the Mainland Affairs Council (MAC)" : "")
                .append(union ? " met leaders of the Harbour Workers Union" : " spoke to reporters")
                .append(" at the quay.\n");
        body.append('"')
                .append(quote)
                .append(",\" ")
                .append(speaker.replaceAll(" \\(.*\\)", ""))
                .append(" said.\n");
        body.append("The town's council has argued for months over dredging the outer channel, and traders say "
                        + "that ships now wait up to ")
                .append(2 + i % 9)
                .append(" days for a berth. Shipping agents expect the backlog to ease only slowly, because the "
                        + "tide tables leave two windows a day for the largest vessels.\n");
        if (i % 4 == 0) {
            body.append("Crews want night-shift pay restored to last year's level.\n");
        } else if (i % 4 == 2) {
            body.append("Crews say the pay for the night crews has not changed, and the shift rota is fair.\n");
        }
        if (i % 10 == 5) {
            body.append("Traders added that quillfish exports had doubled since the spring.\n");
        }
        if (macau) {
            body.append("Visitors from Macau were told to expect delays.\n");
        }
        if (i == 13) {
            body.append("The notice on the gate read \"<b>closed</b> & sealed\" until further notice.\n");
        }
        String text = body.toString();
        List<Entity> entities = new ArrayList<>();
        if (chiu) {
            entities.add(entity(
                    "person:chiu-chui-cheng", EntityType.PERSON, "Chiu Chui-cheng", List.of("邱垂正", "Chiu"), text, 0.9));
        }
        if (vellin) {
            entities.add(entity("person:mara-vellin", EntityType.PERSON, "Mara Vellin", List.of("Vellin"), text, 0.8));
        }
        if (!chiu && !vellin) {
            entities.add(
                    entity("person:tomas-okafor", EntityType.PERSON, "Tomas Okafor", List.of("Okafor"), text, 0.7));
        }
        if (mac) {
            entities.add(entity(
                    "organization:mainland-affairs-council",
                    EntityType.ORGANIZATION,
                    "Mainland Affairs Council",
                    List.of("MAC"),
                    text,
                    0.6));
        }
        if (union) {
            entities.add(entity(
                    "organization:harbour-workers-union",
                    EntityType.ORGANIZATION,
                    "Harbour Workers Union",
                    List.of(),
                    text,
                    0.5));
        }
        entities.add(entity("location:vellmar", EntityType.LOCATION, "Vellmar", List.of(), text, 0.4));
        if (macau) {
            entities.add(entity("location:macau", EntityType.LOCATION, "Macau", List.of(), text, 0.2));
        }
        List<Country> countries = new ArrayList<>();
        countries.add(COUNTRIES[i % COUNTRIES.length]);
        if (i % 3 == 0) {
            countries.add(COUNTRIES[(i + 1) % COUNTRIES.length]);
        }
        List<Topic> topics = new ArrayList<>();
        if (i % 2 == 0) {
            topics.add(POLITICS);
        }
        if (i % 3 == 0) {
            topics.add(ECONOMY);
        }
        if (i % 4 == 1) {
            topics.add(CONFLICT);
        }
        if (i % 8 == 5) {
            topics.add(ARMED_CONFLICT);
        }
        if (i % 10 == 3) {
            topics.add(ELECTION);
        }
        int quoteStart = text.indexOf(quote);
        String days = (2 + i % 9) + " days";
        int daysAt = text.indexOf(days);
        Instant published = FIRST_PUBLISHED.plus(Duration.ofHours(3L * i));
        return new ArticleEnriched(
                UUID.nameUUIDFromBytes(("search-corpus-" + i).getBytes(StandardCharsets.UTF_8)),
                VERSION,
                "https://vellmar.example.net/news/" + i,
                SOURCES.get(i % SOURCES.size()),
                title,
                text,
                published,
                List.of("Ines Harrow"),
                "Region",
                sha256(title + "\n" + text),
                published.plusSeconds(60),
                published.plusSeconds(62),
                1,
                new DetectedLanguage(i % 10 == 9 ? "de" : "en", 0.95),
                entities,
                new Segments(
                        List.of(new RelatedLink("Vellmar tide tables to change next month")),
                        List.of(
                                new Teaser(
                                        "SECURITY", "Coast guard doubles patrols off the outer channel", false, null),
                                new Teaser(
                                        "CARROT AND STICK",
                                        "Council offers grants to crews who stay through",
                                        true,
                                        null))),
                countries,
                countries.get(0).code(),
                List.of(new Quote(
                        quote,
                        quoteStart,
                        quoteStart + quote.length(),
                        new Speaker(
                                speaker.replaceAll(" \\(.*\\)", ""),
                                entities.get(0).id()))),
                List.of(new Amount(2 + i % 9, days, "ships", "day", daysAt, daysAt + days.length())),
                topics,
                List.of(new Keyword("berth", 0.4), new Keyword("channel", 0.3)),
                tone(((i % 21) - 10) / 2.0),
                subject + " in Vellmar " + event + ".",
                String.format("%016x", (long) i * 0x9E3779B97F4A7C15L));
    }

    private static Tone tone(double score) {
        return new Tone(score, Math.max(0, score) + 1, Math.max(0, -score) + 1);
    }

    private static Entity entity(
            String id, EntityType type, String name, List<String> aliases, String body, double salience) {
        List<Mention> mentions = new ArrayList<>();
        for (String form : concat(name, aliases)) {
            for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length())) {
                mentions.add(new Mention(at, at + form.length(), form));
            }
        }
        return new Entity(id, type, name, aliases, mentions, salience, type == EntityType.LOCATION ? "TW" : null, null);
    }

    private static List<Entity> withMentions(List<Entity> entities, String body) {
        return entities.stream()
                .map(e -> entity(e.id(), e.type(), e.name(), e.aliases(), body, e.salience()))
                .toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static <T> void await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException("storing the search corpus failed", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
