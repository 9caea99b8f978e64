package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.enrichment.geo.CityTable;
import dev.tidings.enrichment.geo.CountryGazetteer;
import dev.tidings.enrichment.geo.CountryTagger;
import dev.tidings.enrichment.geo.CountryTags;
import dev.tidings.enrichment.geo.PlaceResolver;
import dev.tidings.events.Country;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Country tagging against the {@code places} labels of Reuters-21578 (1987 newswire). Reuters labels
 * are lower-case English names ("usa", "west-germany"); they are mapped to ISO 3166-1 codes through
 * the JDK's English country names plus the handful of special labels below, and labels that map to
 * no current country are left out of the score (and counted). Micro-averaged over (article, country)
 * pairs, on articles with at least one mappable label. Gold labels list the countries an article is
 * about, not every country it names, so precision is a lower bound of how often a tag is right.
 */
final class CountryEvaluation implements Measurement {

    static final String DATA = "news/reuters21578.jsonl";

    /** Reuters labels that are not the JDK's English name of a current country, lower-cased and hyphenated. */
    private static final Map<String, String> SPECIAL_LABELS = Map.ofEntries(
            Map.entry("usa", "US"),
            Map.entry("uk", "GB"),
            Map.entry("west-germany", "DE"),
            Map.entry("east-germany", "DE"),
            Map.entry("ussr", "RU"),
            Map.entry("uae", "AE"),
            Map.entry("south-korea", "KR"),
            Map.entry("north-korea", "KP"),
            Map.entry("ivory-coast", "CI"),
            Map.entry("burma", "MM"),
            Map.entry("zaire", "CD"),
            Map.entry("czechoslovakia", "CZ"),
            Map.entry("yugoslavia", "RS"),
            Map.entry("hong-kong", "HK"),
            Map.entry("macau", "MO"),
            Map.entry("vietnam", "VN"),
            Map.entry("taiwan", "TW"),
            Map.entry("iran", "IR"),
            Map.entry("syria", "SY"),
            Map.entry("tanzania", "TZ"),
            Map.entry("bolivia", "BO"),
            Map.entry("venezuela", "VE"),
            Map.entry("ussr-east-europe", "RU"));

    @Override
    public String name() {
        return "countries";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        Map<String, String> labels = labelsToCodes();
        CityTable cities = new CityTable();
        CountryGazetteer gazetteer = new CountryGazetteer(cities);
        CountryTagger tagger = new CountryTagger(gazetteer, new PlaceResolver(gazetteer, cities));
        ObjectMapper json = new ObjectMapper();

        int articles = 0;
        long truePositives = 0;
        long predicted = 0;
        long gold = 0;
        int focusRight = 0;
        Map<String, Integer> unmapped = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(context.dataFile(DATA), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode article = json.readTree(line);
                Set<String> expected = new HashSet<>();
                for (JsonNode place : article.path("places")) {
                    String code = labels.get(place.asText());
                    if (code == null) {
                        unmapped.merge(place.asText(), 1, Integer::sum);
                    } else {
                        expected.add(code);
                    }
                }
                String body = article.path("body").asText("");
                if (expected.isEmpty() || body.isBlank()) {
                    continue;
                }
                articles++;
                CountryTags tags = tagger.tag(article.path("title").asText(""), body);
                Set<String> found = new HashSet<>();
                for (Country country : tags.countries()) {
                    found.add(country.code());
                }
                predicted += found.size();
                gold += expected.size();
                found.retainAll(expected);
                truePositives += found.size();
                if (tags.focusCountry() != null && expected.contains(tags.focusCountry())) {
                    focusRight++;
                }
            }
        }
        double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
        double recall = gold == 0 ? 0 : (double) truePositives / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        context.out().printf("== Countries: %s, %d articles with a mappable places label%n", DATA, articles);
        context.out()
                .printf(
                        "   micro P %.4f  R %.4f  F1 %.4f  (%d found, %d gold, %d right)%n",
                        precision, recall, f1, predicted, gold, truePositives);
        context.out()
                .printf(
                        "   focusCountry among the gold countries: %.4f (%d of %d)%n",
                        articles == 0 ? 0 : (double) focusRight / articles, focusRight, articles);
        context.out().printf("   labels with no ISO code, left out: %s%n", unmapped);
    }

    private static Map<String, String> labelsToCodes() {
        Map<String, String> labels = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            labels.put(name.toLowerCase(Locale.ROOT).replace(' ', '-'), code);
        }
        labels.putAll(SPECIAL_LABELS);
        return labels;
    }
}
