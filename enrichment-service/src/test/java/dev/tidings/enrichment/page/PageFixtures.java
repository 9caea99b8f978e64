package dev.tidings.enrichment.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTML pages written for these tests ({@code src/test/resources/fixtures/pages}), with what the
 * article's text in them is. Every name, place and event in them is made up.
 */
public final class PageFixtures {

    private PageFixtures() {}

    public static final String URL =
            "https://harbour-ledger.example/2026/03/14/ferry-crews-vote-to-strike?utm_source=feed";

    /** The story's paragraphs in {@code ferry-strike.html}, as the body must give them: one per line, nothing else. */
    public static final List<String> FERRY_STORY = List.of(
            "Ferry crews on the route between Keelung and the Matsu islands voted on Thursday to strike from Friday"
                    + " morning, after the operator refused to drop a rota that would add two night shifts a week.",
            "Of the 312 deck hands and engineers who cast a ballot, 287 backed the walkout, the Keelung Seafarers'"
                    + " Union said. It is the first strike on the route since the service was put out to tender in"
                    + " 2019.",
            "\"Our members have sailed through typhoons for this company, and they are asking for nothing more than"
                    + " the right to sleep,\" said Chen Wei-ting, the union's secretary, outside the terminal on"
                    + " Thursday evening.",
            "The operator, Northern Straits Shipping, said the new rota was needed to keep to a timetable set by the"
                    + " transport ministry and that crews would be paid a night allowance for each extra shift.",
            "About 1,800 passengers a day use the ferries in the spring, most of them islanders travelling to"
                    + " hospital appointments and schools in Keelung. The ministry said it would lay on a chartered"
                    + " vessel for patients if the strike goes ahead.",
            "Talks between the union and the operator are due to resume on Friday at 9 a.m. at the offices of the"
                    + " Keelung labour bureau, which has offered to mediate.");

    /** A page from {@code fixtures/pages}. */
    public static String page(String name) {
        try (InputStream in = PageFixtures.class.getResourceAsStream("/fixtures/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
