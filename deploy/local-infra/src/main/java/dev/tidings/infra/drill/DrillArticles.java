package dev.tidings.infra.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.infra.LongArticleTexts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Generated news pages for the drills, in the shape of a scraped page: a main story, an "Also see
 * story:" line with a headline, and teasers with ALL-CAPS kickers, with East Asian names in their own
 * script after the romanised ones. Article {@code n} is the same text on every run; revision {@code
 * r} of it has the same URL, a title ending in "(update r)" and a changed body, so that ingest gives
 * it a new content hash and query must replace the older revision. One article in 500 is long
 * ({@link #isLong}): its story goes on for 20 to 300 KB of English, or for 900,000 characters of
 * Chinese (2.7 MB of UTF-8, over Kafka's default record size).
 */
public final class DrillArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PEOPLE = List.of(
            "Laura Beck",
            "Daniel Osei",
            "Marta Novak",
            "Tomas Lindgren",
            "Priya Raman",
            "Samuel Adeyemi",
            "Elena Ruiz",
            "Oliver Grant",
            "Ingrid Solberg",
            "Rafael Moreno");
    private static final List<String> EAST_ASIAN_PEOPLE = List.of(
            "Chen Wei-lin (陳偉霖)",
            "Park Ji-hoon (박지훈)",
            "Tanaka Hiroshi (田中博)",
            "Lin Mei-hua (林美華)",
            "Kim Soo-ah (김수아)",
            "Wang Jian (王健)",
            "Sato Yuki (佐藤由紀)",
            "Huang Po-wen (黃柏文)");
    private static final List<String> ORGANISATIONS = List.of(
            "Pacific Freight Union",
            "Northern Grid Authority",
            "Harbour Research Institute",
            "Coastal Health Network",
            "Regional Water Board",
            "Institute for Trade Studies",
            "Federation of Rail Workers",
            "Open Data Council");
    private static final List<String> PLACES = List.of(
            "Busan",
            "Kaohsiung",
            "Rotterdam",
            "Lagos",
            "Valparaiso",
            "Gdansk",
            "Osaka",
            "Mombasa",
            "Hamburg",
            "Manila");
    private static final List<String> SECTIONS = List.of("world", "business", "science", "politics", "health");
    private static final List<String> SOURCES = List.of("Drill Gazette", "Harbour Post", "Evening Ledger");

    /** Headline and story templates: %1$s person, %2$s organisation, %3$s place, %4$d a number, %5$s a second person. */
    private static final List<String[]> STORIES = List.of(
            new String[] {
                "Dock workers in %3$s walk out over night shifts",
                "Dock workers in %3$s stopped loading ships on Monday after talks on night-shift pay broke down, the"
                        + " %2$s said.\n%1$s, who speaks for the union, said %4$d crews had joined the strike by noon."
                        + " \"We asked for rest between shifts, not for money,\" %1$s told reporters outside the"
                        + " port gates.\nShipping lines said vessels would be diverted if the stoppage lasted more"
                        + " than three days.\n%5$s, a port economist, said each idle day cost the city about %4$d"
                        + " thousand dollars in fees."
            },
            new String[] {
                "Power cut leaves %3$s in the dark for hours",
                "Large parts of %3$s lost power for nearly six hours on Tuesday after a transformer fire at the"
                        + " main substation, the %2$s said.\nEngineers restored supply to hospitals first. %1$s,"
                        + " the authority's operations chief, said %4$d households were still waiting by evening."
                        + "\n\"The network has no spare capacity left in winter,\" %1$s said.\n%5$s, who chairs"
                        + " the city's energy committee, called for an inquiry into maintenance spending."
            },
            new String[] {
                "Researchers in %3$s map rising sea floor heat",
                "Scientists at the %2$s in %3$s say water near the sea floor has warmed faster than at the surface"
                        + " over the past decade.\nThe team, led by %1$s, placed %4$d sensors along the coast and"
                        + " read them every hour for three years.\n\"Fish follow the cold water, and the cold water"
                        + " is moving,\" %1$s said.\n%5$s, who was not involved in the study, said the findings"
                        + " matched what fishing crews had reported."
            },
            new String[] {
                "Clinics in %3$s cut waiting times with evening hours",
                "Patients in %3$s waited %4$d fewer minutes on average after clinics began opening in the"
                        + " evening, according to figures from the %2$s.\n%1$s, who runs the network, said the"
                        + " change cost less than hiring new staff.\n\"People work in the day. We simply moved to"
                        + " when they can come,\" %1$s said.\nNurses' representative %5$s said staff had agreed to"
                        + " the new rota for one year."
            },
            new String[] {
                "Trade talks in %3$s end without a deal on tariffs",
                "Negotiators meeting in %3$s ended four days of talks without agreeing on steel tariffs, the %2$s"
                        + " said on Friday.\n%1$s, the lead negotiator, said the two sides were %4$d million"
                        + " dollars apart on quotas.\n\"We will meet again, but not to repeat ourselves,\" %1$s"
                        + " said.\n%5$s, a trade lawyer, said exporters would now face the higher rate from next"
                        + " month."
            });

    private static final List<String> KICKERS =
            List.of("SECURITY", "MARKETS", "WEATHER", "SPORT", "HEALTH", "TRANSPORT", "EDUCATION");

    /** How long the story of a long article is, in turn: English of these lengths, then Chinese. */
    private static final List<Integer> LONG_ENGLISH = List.of(20_000, 100_000, 300_000);

    private static final int LONG_CHINESE = 900_000;

    private DrillArticles() {}

    /** Whether article {@code n} is a long one. */
    public static boolean isLong(int n) {
        return n % 500 == 250;
    }

    /** The URL of article {@code n}: unique per article, the same for each of its revisions. */
    public static String url(int n) {
        Random random = new Random(n);
        String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        return "https://drill.tidings.invalid/" + section + "/story-" + n;
    }

    /** The title of revision {@code revision} of article {@code n}: how the drill tells revisions apart. */
    public static String title(int n, int revision) {
        Random random = new Random(n);
        random.nextInt(SECTIONS.size());
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String[] story = STORIES.get(random.nextInt(STORIES.size()));
        String title = String.format(story[0], "", "", place, 0, "") + " [" + n + "]";
        return revision == 0 ? title : title + " (update " + revision + ")";
    }

    /** The line that starts the page's related link and teasers, after the story. */
    private static final String RELATED = "\nAlso see story:\n";

    /**
     * The body query-service stores for revision {@code revision} of article {@code n}: the
     * submission's page up to its related link, which enrichment cuts off with the teasers after it
     * (as on the seed page), without the trailing space a long text may end with.
     */
    public static String mainStory(int n, int revision) {
        String page = submission(n, revision).path("body").asText();
        return page.substring(0, page.indexOf(RELATED)).stripTrailing();
    }

    /** Revision {@code revision} of article {@code n} as ingest's submission JSON. */
    public static ObjectNode submission(int n, int revision) {
        Random random = new Random(n);
        String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String[] story = STORIES.get(random.nextInt(STORIES.size()));
        String person = random.nextBoolean()
                ? PEOPLE.get(random.nextInt(PEOPLE.size()))
                : EAST_ASIAN_PEOPLE.get(random.nextInt(EAST_ASIAN_PEOPLE.size()));
        String second = EAST_ASIAN_PEOPLE.get(random.nextInt(EAST_ASIAN_PEOPLE.size()));
        String organisation = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
        int number = 20 + random.nextInt(900);

        StringBuilder body = new StringBuilder(String.format(story[1], person, organisation, place, number, second));
        if (isLong(n)) {
            int kind = n / 500 % (LONG_ENGLISH.size() + 1);
            body.append('\n')
                    .append(
                            kind < LONG_ENGLISH.size()
                                    ? LongArticleTexts.english(LONG_ENGLISH.get(kind))
                                    : LongArticleTexts.chinese(LONG_CHINESE));
        }
        if (revision > 0) {
            body.append("\nUpdated: by late evening the figure had risen to ")
                    .append(number + 7 * revision)
                    .append(", ")
                    .append(organisation)
                    .append(" said in its revision ")
                    .append(revision)
                    .append(" statement.");
        }
        String[] related = STORIES.get(random.nextInt(STORIES.size()));
        body.append(RELATED)
                .append(String.format(related[0], "", "", PLACES.get(random.nextInt(PLACES.size())), 0, ""));
        for (int i = 0; i < 3; i++) {
            String kicker = KICKERS.get(random.nextInt(KICKERS.size()));
            String teaserPerson = EAST_ASIAN_PEOPLE.get(random.nextInt(EAST_ASIAN_PEOPLE.size()));
            body.append('\n')
                    .append(kicker)
                    .append(": ")
                    .append(teaserPerson)
                    .append(" said ")
                    .append(PLACES.get(random.nextInt(PLACES.size())))
                    .append(" would review its plans after ")
                    .append(2 + random.nextInt(40))
                    .append(" complaints this week.");
        }

        ObjectNode article = JSON.createObjectNode();
        article.put("url", url(n));
        article.put("title", title(n, revision));
        article.put("body", body.toString());
        article.put("source", SOURCES.get(n % SOURCES.size()));
        article.put("section", section);
        article.put(
                "publishedAt",
                LocalDate.of(2025, 1, 1)
                        .plusDays(n % 365)
                        .atTime(6 + n % 12, n % 60)
                        .atOffset(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ArrayNode authors = article.putArray("authors");
        authors.add(PEOPLE.get((n + 3) % PEOPLE.size()));
        return article;
    }
}
