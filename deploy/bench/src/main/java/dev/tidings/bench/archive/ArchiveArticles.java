package dev.tidings.bench.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.events.ArticleEventJson;
import dev.tidings.events.Country;
import dev.tidings.events.Coverage;
import dev.tidings.events.DetectedLanguage;
import dev.tidings.events.Entity;
import dev.tidings.events.EntityType;
import dev.tidings.events.Keyword;
import dev.tidings.events.Tone;
import dev.tidings.events.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Enriched articles as the pipeline would have stored them over two years, made from source texts:
 * article {@code i} of {@code n} is a pure function of {@code i}, so an archive can be made again
 * exactly and a near-duplicate can recompute the article it copies.
 *
 * <ul>
 *   <li>published over the two years before {@code end}, in order with jitter, as an archive grows;
 *   <li>hundreds of sources, a few large and many small (a power law);
 *   <li>each body a source text, often with a paragraph of another one, so that bodies vary;
 *   <li>entities: the text's own people and organisations, plus draws from a pool of thousands of
 *       made-up people and organisations with a power-law frequency, as news names are;
 *   <li>countries: the text's own places, else drawn with a skew towards a few large countries;
 *   <li>topics: the text's own topic or category as an IPTC Media Topic, sometimes a second one;
 *   <li>near-duplicates: a share of articles copy a recent one (same text and fingerprint, other
 *       source and URL), flagged as the pipeline's duplicate detection flags them.
 * </ul>
 */
public final class ArchiveArticles implements ArchiveSource {
    /** What the near-duplicate detection would have set: the first article of that text. */
    public record Generated(ObjectNode event, UUID duplicateOf) {}

    static final double DUPLICATE_SHARE = 0.06;
    private static final Duration SPAN = Duration.ofDays(730);
    private static final int SOURCES = 400;
    static final ObjectMapper JSON = ArticleEventJson.mapper();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final ArchiveTexts texts;
    private final long count;
    private final Instant end;
    private final long seed;
    private final Map<String, String> topicLabels;
    private final Map<String, String> topicParents;
    private final List<String> extraTopics;
    private final List<String> people;
    private final List<String> organizations;

    public ArchiveArticles(ArchiveTexts texts, long count, Instant end, long seed, Path iptcTopics) throws IOException {
        this.texts = texts;
        this.count = count;
        this.end = end;
        this.seed = seed;
        this.topicLabels = new LinkedHashMap<>();
        this.topicParents = new LinkedHashMap<>();
        readTopics(iptcTopics);
        this.extraTopics = List.copyOf(topicLabels.keySet());
        this.people = madeUpNames(FIRST_NAMES, LAST_NAMES);
        this.organizations = madeUpNames(ORG_WORDS, ORG_KINDS);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public Generated article(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Instant published = end.minus(SPAN)
                .plusMillis((long) (SPAN.toMillis() * ((i + 0.5) / count)))
                .plusSeconds(random.nextLong(-6 * 3600, 6 * 3600));
        if (i > 0 && random.nextDouble() < DUPLICATE_SHARE) {
            long of = i - 1 - random.nextLong(Math.min(i, 200));
            Generated original = article(of);
            UUID first = original.duplicateOf() != null ? original.duplicateOf() : id(of);
            return new Generated(copy(original.event(), i, random), first);
        }
        ArchiveTexts.Text text = texts.texts().get(random.nextInt(texts.texts().size()));
        List<String> paragraphs = new ArrayList<>(text.paragraphs());
        if (random.nextDouble() < 0.6) {
            ArchiveTexts.Text other =
                    texts.texts().get(random.nextInt(texts.texts().size()));
            paragraphs.add(
                    other.paragraphs().get(random.nextInt(other.paragraphs().size())));
        }
        String body = String.join("\n\n", paragraphs);
        String source = source(random);
        Instant ingested = published.plusSeconds(60 + random.nextInt(1800));
        ArticleEnriched article = new ArticleEnriched(
                id(i),
                ingested.toEpochMilli() * 1000,
                url(source, published, i),
                source,
                text.title(),
                body,
                published,
                random.nextDouble() < 0.5 ? List.of() : List.of(people.get(random.nextInt(people.size()))),
                text.topics().isEmpty() ? null : text.topics().get(0),
                contentHash(text.title(), body),
                ingested,
                ingested.plusSeconds(2),
                1,
                new DetectedLanguage("en", 0.99),
                entities(text, random),
                null,
                countries(text, random),
                null,
                List.of(),
                List.of(),
                topics(text, random),
                keywords(body),
                tone(random),
                summary(body),
                String.format("%016x", random.nextLong()),
                null,
                null,
                null,
                new Coverage(true, true, true, true, true, true, true, true));
        ObjectNode event = JSON.valueToTree(article);
        if (!article.countries().isEmpty()) {
            event.put("focusCountry", article.countries().get(0).code());
        }
        return new Generated(event, null);
    }

    public static UUID id(long i) {
        return UUID.nameUUIDFromBytes(("tidings-archive/" + i).getBytes(StandardCharsets.UTF_8));
    }

    /** The same story under another source's URL, a few minutes to hours later. */
    private ObjectNode copy(ObjectNode original, long i, SplittableRandom random) {
        ObjectNode event = original.deepCopy();
        Instant published =
                Instant.parse(original.path("publishedAt").asText()).plusSeconds(120 + random.nextInt(6 * 3600));
        Instant ingested = published.plusSeconds(60 + random.nextInt(600));
        String source = source(random);
        event.put("id", id(i).toString());
        event.put("source", source);
        event.put("url", url(source, published, i));
        event.put("publishedAt", published.toString());
        event.put("ingestedAt", ingested.toString());
        event.put("enrichedAt", ingested.plusSeconds(2).toString());
        event.put("version", ingested.toEpochMilli() * 1000);
        return event;
    }

    private static String url(String source, Instant published, long i) {
        return "https://" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/" + DAY.format(published)
                + "/" + i;
    }

    /** A power law: source 1 publishes far more than source 400. */
    private static String source(SplittableRandom random) {
        return String.format("Source %03d", 1 + skewed(random, SOURCES, 2.0));
    }

    /** An index in [0, size) with small ones far more likely; the larger the exponent, the more. */
    static int skewed(SplittableRandom random, int size, double exponent) {
        return Math.min(size - 1, (int) (size * Math.pow(random.nextDouble(), exponent)));
    }

    private List<Entity> entities(ArchiveTexts.Text text, SplittableRandom random) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        double salience = 0.9;
        for (String person : text.people()) {
            add(entities, EntityType.PERSON, label(person), salience);
            salience = Math.max(0.1, salience - 0.1);
        }
        for (String org : text.organizations()) {
            add(entities, EntityType.ORGANIZATION, org.toUpperCase(Locale.ROOT), salience);
            salience = Math.max(0.1, salience - 0.1);
        }
        int more = 2 + random.nextInt(6);
        for (int k = 0; k < more; k++) {
            salience = Math.max(0.05, salience - 0.08);
            if (random.nextDouble() < 0.6) {
                add(entities, EntityType.PERSON, people.get(skewed(random, people.size(), 3.0)), salience);
            } else {
                add(
                        entities,
                        EntityType.ORGANIZATION,
                        organizations.get(skewed(random, organizations.size(), 3.0)),
                        salience);
            }
        }
        for (String place : text.places()) {
            String code = ArchiveCountries.code(place);
            if (code != null) {
                add(entities, EntityType.LOCATION, ArchiveCountries.name(code), 0.3);
            }
        }
        return List.copyOf(entities.values());
    }

    private static void add(Map<String, Entity> entities, EntityType type, String name, double salience) {
        String id = "wikipedia:" + name.replace(' ', '_');
        List<String> aliases = type == EntityType.ORGANIZATION || name.indexOf(' ') < 0
                ? List.of()
                : List.of(name.substring(name.lastIndexOf(' ') + 1));
        entities.putIfAbsent(id, new Entity(id, type, name, aliases, List.of(), salience, null, null));
    }

    private static List<Country> countries(ArchiveTexts.Text text, SplittableRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        for (String place : text.places()) {
            String code = ArchiveCountries.code(place);
            if (code != null) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            codes.add(ArchiveCountries.draw(random));
            if (random.nextDouble() < 0.3) {
                codes.add(ArchiveCountries.draw(random));
            }
        }
        List<Country> countries = new ArrayList<>();
        for (String code : codes) {
            countries.add(new Country(code, ArchiveCountries.name(code), 1 + random.nextInt(4), 0.5));
        }
        return countries;
    }

    /** The corpus's topic words to IPTC Media Topics (Reuters' are all economy, business and finance). */
    private static final Map<String, String> CATEGORY_TOPICS = Map.of(
            "sports", "medtop:15000000",
            "politics", "medtop:11000000",
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "health", "medtop:07000000",
            "technology", "medtop:13000000");

    private List<Topic> topics(ArchiveTexts.Text text, SplittableRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : text.topics()) {
            codes.add(CATEGORY_TOPICS.getOrDefault(word, "medtop:04000000"));
        }
        if (codes.isEmpty() || random.nextDouble() < 0.3) {
            codes.add(extraTopics.get(skewed(random, extraTopics.size(), 1.5)));
        }
        List<Topic> topics = new ArrayList<>();
        double score = 0.9;
        for (String code : codes) {
            String parent = topicParents.get(code);
            if (parent != null && codes.stream().noneMatch(parent::equals)) {
                topics.add(new Topic(parent, topicLabels.get(parent), score));
            }
            topics.add(new Topic(code, topicLabels.getOrDefault(code, code), score, parent));
            score -= 0.2;
        }
        return topics;
    }

    private static List<Keyword> keywords(String body) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : body.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 7) {
                words.add(word);
                if (words.size() == 5) {
                    break;
                }
            }
        }
        List<Keyword> keywords = new ArrayList<>();
        double score = 1.0;
        for (String word : words) {
            keywords.add(new Keyword(word, score));
            score *= 0.8;
        }
        return keywords;
    }

    private static Tone tone(SplittableRandom random) {
        double positive = Math.round(random.nextDouble() * 0.1 * 1000) / 1000.0;
        double negative = Math.round(random.nextDouble() * 0.1 * 1000) / 1000.0;
        return new Tone(Math.round((positive - negative) * 1000) / 10.0, positive, negative);
    }

    private static String summary(String body) {
        int stop = body.indexOf(". ");
        String first = stop > 0 ? body.substring(0, stop + 1) : body;
        return first.length() > 300 ? first.substring(0, 300) : first;
    }

    /** SHA-256 of title and body, as ingest computes the content hash (64 hex digits). */
    private static String contentHash(String title, String body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(String corpusName) {
        StringBuilder label = new StringBuilder();
        for (String part : corpusName.split("[-_ ]+")) {
            if (!part.isEmpty()) {
                if (!label.isEmpty()) {
                    label.append(' ');
                }
                label.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return label.toString();
    }

    /** code, broader code, label; as enrichment-service's topic classifier has them. */
    private void readTopics(Path iptcTopics) throws IOException {
        if (iptcTopics != null && Files.isReadable(iptcTopics)) {
            for (String line : Files.readAllLines(iptcTopics)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 3) {
                    topicLabels.put(f[0], f[2]);
                    if (!f[1].isEmpty()) {
                        topicParents.put(f[0], f[1]);
                    }
                }
            }
        }
        if (topicLabels.isEmpty()) {
            topicLabels.putAll(Map.of(
                    "medtop:04000000", "economy, business and finance",
                    "medtop:11000000", "politics",
                    "medtop:15000000", "sport"));
        }
    }

    private static List<String> madeUpNames(List<String> first, List<String> second) {
        List<String> names = new ArrayList<>();
        // Interleaved so that the frequent (low) indexes are spread over first words.
        for (int j = 0; j < second.size(); j++) {
            for (int i = 0; i < first.size(); i++) {
                names.add(first.get((i + j) % first.size()) + " " + second.get(j));
            }
        }
        return List.copyOf(names);
    }

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
            "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tanya", "Umar", "Vera", "Wei", "Xenia",
            "Yusuf", "Zara", "Amara", "Bruno", "Chidi", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Julia",
            "Kofi", "Lucia", "Mateo", "Nia", "Oskar", "Paula", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor",
            "Wanjiru", "Yara", "Zoltan");
    private static final List<String> LAST_NAMES = List.of(
            "Adeyemi",
            "Bauer",
            "Costa",
            "Dubois",
            "Eriksen",
            "Fischer",
            "Garcia",
            "Hoffmann",
            "Ivanova",
            "Jensen",
            "Kowalski",
            "Lopez",
            "Mensah",
            "Novak",
            "Okafor",
            "Petrov",
            "Quispe",
            "Rossi",
            "Schmidt",
            "Tanaka",
            "Umeh",
            "Varga",
            "Wagner",
            "Xu",
            "Yilmaz",
            "Zhang",
            "Abdi",
            "Brown",
            "Chen",
            "Diaz",
            "Evans",
            "Ferreira",
            "Gupta",
            "Haddad",
            "Ito",
            "Jovanovic",
            "Kim",
            "Larsen",
            "Moreau",
            "Nakamura",
            "Olsen",
            "Park",
            "Rahman",
            "Silva",
            "Torres",
            "Usman",
            "Vasquez",
            "Weber",
            "Yamamoto",
            "Ziegler",
            "Andersson",
            "Bianchi",
            "Castro",
            "Demir",
            "Eze",
            "Fontaine",
            "Gomez",
            "Horvat",
            "Iyer",
            "Kaplan",
            "Lindqvist",
            "Murphy",
            "Nguyen",
            "Osei",
            "Popescu",
            "Reyes",
            "Sato",
            "Tran",
            "Volkov",
            "Wojcik");
    private static final List<String> ORG_WORDS = List.of(
            "Atlas",
            "Boreal",
            "Cobalt",
            "Delta",
            "Everest",
            "Falcon",
            "Granite",
            "Harbor",
            "Iris",
            "Juniper",
            "Keystone",
            "Lumen",
            "Meridian",
            "Nimbus",
            "Orion",
            "Pinnacle",
            "Quartz",
            "Redwood",
            "Summit",
            "Titan",
            "Unity",
            "Vertex",
            "Willow",
            "Zenith",
            "Aurora",
            "Beacon",
            "Crescent",
            "Dynamo",
            "Ember",
            "Frontier");
    private static final List<String> ORG_KINDS = List.of(
            "Bank",
            "Holdings",
            "Energy",
            "Motors",
            "Airlines",
            "Pharma",
            "Telecom",
            "Mining",
            "Foods",
            "Insurance",
            "Capital",
            "Shipping",
            "Steel",
            "Media",
            "Logistics",
            "Labs",
            "Party",
            "Union",
            "Foundation",
            "Institute",
            "Council",
            "Agency",
            "Federation",
            "Group",
            "Partners",
            "Systems",
            "Networks",
            "Retail",
            "Chemicals",
            "Semiconductors",
            "Hospital",
            "University",
            "Football Club",
            "Ministry",
            "Commission",
            "Authority");
}
