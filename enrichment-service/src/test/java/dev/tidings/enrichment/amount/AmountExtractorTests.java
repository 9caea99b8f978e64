package dev.tidings.enrichment.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.events.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountExtractorTests {

    private final AmountExtractor extractor = new AmountExtractor();

    @Test
    void findsCountsWithWhatTheyCount() {
        String text =
                "Despite the threats, the fair drew nearly 25,000 Mexican exporters to over 300 trade fairs last year.";

        List<Amount> amounts = extractor.extract(text);

        assertEquals(
                List.of(
                        amount(text, 25_000, "nearly 25,000 Mexican exporters", "Mexican exporters", null),
                        amount(text, 300, "over 300 trade fairs", "trade fairs", null)),
                amounts);
    }

    @Test
    void findsPercentagesMoneyAndDurations() {
        String text = "Between 20 percent and a third of the crews are in debt. Recruiters charge several hundred "
                + "to a thousand dollars a place, contracts run for two years, and the fund holds $1.2 billion. "
                + "Some 12 million people live in the delta, and 35% of the rice crop was lost.";

        List<Amount> amounts = extractor.extract(text);

        assertEquals(
                List.of(
                        amount(text, 20, "20 percent", null, "percent"),
                        // "Several" is at least three: the lower end of the range is 300.
                        amount(text, 300, "several hundred to a thousand dollars", null, "USD"),
                        amount(text, 2, "two years", null, "year"),
                        amount(text, 1.2e9, "$1.2 billion", null, "USD"),
                        amount(text, 12e6, "Some 12 million people", "people", null),
                        amount(text, 35, "35%", "rice crop", "percent")),
                amounts);
    }

    @Test
    void normalisesWordNumbers() {
        String text = "A dozen boats, twenty-five crew members and one hundred and twenty passengers waited "
                + "for three days; a few weeks later two hundred thousand tonnes of grain arrived.";

        List<Amount> amounts = extractor.extract(text);

        assertEquals(12, amounts.get(0).value());
        assertEquals("boats", amounts.get(0).object());
        assertEquals(25, amounts.get(1).value());
        assertEquals("crew members", amounts.get(1).object());
        assertEquals(120, amounts.get(2).value());
        assertEquals(3, amounts.get(3).value());
        assertEquals("day", amounts.get(3).unit());
        assertEquals(3, amounts.get(4).value());
        assertEquals("week", amounts.get(4).unit());
        assertEquals(200_000, amounts.get(5).value());
        assertEquals("tonne", amounts.get(5).unit());
        assertEquals(6, amounts.size(), amounts::toString);
        for (Amount amount : amounts) {
            assertEquals(amount.text(), text.substring(amount.start(), amount.end()));
        }
    }

    @Test
    void leavesOutDatesTimesOrdinalsNamesAndVagueWords() {
        String text = "On March 13, 2024 the synod was set for May 5 and 10 at 9am or 10:30 p.m. in the 3rd hall. "
                + "Thousands of pilgrims came, half of them from the 1990s parishes. The Balikatan 25 drill "
                + "and COVID-19 rules were one of the topics in 2025.";

        assertEquals(List.of(), extractor.extract(text));
    }

    private static Amount amount(String text, double value, String words, String object, String unit) {
        int start = text.indexOf(words);
        assertTrue(start >= 0, words);
        return new Amount(value, words, object, unit, start, start + words.length());
    }
}
