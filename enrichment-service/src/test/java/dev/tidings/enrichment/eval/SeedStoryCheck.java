package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.events.ArticleEventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed-page check for stories, as a story set ({@code {id, cluster, title, body, date}} a
 * line): the seed page ({@code seed/seed-page.txt}, read by path) as a producer posts it, two rewrites
 * of its main story under other URLs, written for Tidings, and one unrelated article. Grouped right,
 * the four make one story of three and one of one. The file is written under {@code target/eval}, never
 * committed: it holds the seed page.
 */
final class SeedStoryCheck {

    static final String SEED_TITLE = "North Korean refugees sold into slavery in China, US envoy says";

    static final String FIRST_REWRITE_TITLE = "US trafficking envoy: North Korean women trapped as slaves in China";
    static final String FIRST_REWRITE = """
            North Korean women who flee to China are being sold as brides and forced into prostitution, \
            and Beijing's policy of sending them home keeps them silent, Washington's anti-trafficking \
            envoy John Miller said on Thursday after two days of meetings with Chinese officials.
            Miller, who heads the State Department's Office to Monitor and Combat Trafficking in Persons, \
            told reporters that North Korean officials were complicit in the trade and that women caught by \
            Chinese police were returned to North Korea and punished.
            China treats the North Koreans who cross its border as illegal economic migrants. The UN refugee \
            agency and the United States want at least some of them recognised as refugees.
            Church groups and charities in the border region believe that between a third and a half of the \
            North Koreans who cross into China each year become trafficking victims, Miller said.
            """;

    static final String SECOND_REWRITE_TITLE = "China urged to stop returning trafficked North Korean women";
    static final String SECOND_REWRITE = """
            BEIJING - The United States on Thursday pressed China to stop repatriating North Korean \
            refugees, saying thousands of them, most of them women and girls, have been trafficked into \
            forced marriages and prostitution in China.
            "If they are caught by the Chinese authorities, they are sent back to North Korea and \
            punished," said John Miller, the State Department's ambassador-at-large on modern slavery, at \
            the end of a two-day visit to Beijing.
            Anti-Slavery International, a London-based group, said in a report that women sent back face \
            months in labour camps, and that most of those trafficked were sold as wives to Chinese \
            farmers, for whom brides are scarce.
            """;

    static final String UNRELATED_TITLE = "Dutch dairy cooperative raises milk price for third month";
    static final String UNRELATED = """
            AMSTERDAM - The Netherlands' largest dairy cooperative will pay its farmers more for their milk \
            for the third month running, it said on Monday, as cheese and butter prices in Europe climbed \
            on lower supply after a dry summer.
            The cooperative said its guaranteed price would rise by 1.25 euros to 48.75 euros per 100 \
            kilograms from October. Farmers' groups welcomed the rise but said feed and energy costs still \
            left many barns running at a loss.
            """;

    private SeedStoryCheck() {}

    /** Writes the set to {@code folder/seed-check.jsonl} and returns its path. */
    static Path write(Path seedPage, Path folder) throws IOException {
        ObjectMapper json = ArticleEventJson.mapper();
        String seed = Files.readString(seedPage, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        lines.add(row(json, "seed-page", "seed-story", SEED_TITLE, seed));
        lines.add(row(json, "seed-rewrite-1", "seed-story", FIRST_REWRITE_TITLE, FIRST_REWRITE));
        lines.add(row(json, "seed-rewrite-2", "seed-story", SECOND_REWRITE_TITLE, SECOND_REWRITE));
        lines.add(row(json, "unrelated", "unrelated-story", UNRELATED_TITLE, UNRELATED));
        Files.createDirectories(folder);
        Path file = folder.resolve("seed-check.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String row(ObjectMapper json, String id, String cluster, String title, String body)
            throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("cluster", cluster);
        row.put("title", title);
        row.put("body", body);
        row.put("date", null);
        return json.writeValueAsString(row);
    }
}
