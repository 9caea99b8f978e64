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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Country tagging against the {@code places} labels of Reuters-21578 (1987 newswire): the countries
 * its editors filed each story under. Reuters labels are lower-case English names ("usa",
 * "west-germany"); they are mapped to ISO 3166-1 codes through the JDK's English country names plus
 * the handful of special labels below, and labels that map to no current country are left out of the
 * score (and counted). Micro-averaged over (article, country) pairs, on articles with at least one
 * mappable label.
 *
 * <p>The file is split in two halves in file order, A and B; the tagger's weights are set by hand
 * (the data is research-only: nothing is fitted to it), and its one threshold, the salience from
 * which a country is kept, may be chosen on A only: the sweep below shows A's figures for each. Each
 * half is read twice: the body as the file gives it, and with the dateline before it ("TOKYO, March 3
 * -"), as the wire printed it. The baseline, in the same run, is what the tagger listed before it
 * weighed clues: every country the text names, by name, demonym, capital or "X-based".
 */
final class CountryEvaluation implements Measurement {

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

    static final String DATA = "news/reuters21578.jsonl";

    private static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

    @Override
    public void run(EvaluationContext context) throws Exception {
        Map<String, String> labels = labelsToCodes();
        CityTable cities = new CityTable();
        CountryGazetteer gazetteer = new CountryGazetteer(cities);
        CountryTagger tagger = new CountryTagger(gazetteer, new PlaceResolver(gazetteer, cities));
        ObjectMapper json = new ObjectMapper();

        List<Labelled> articles = new ArrayList<>();
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
                articles.add(new Labelled(
                        article.path("title").asText(""),
                        body,
                        article.path("dateline").asText("").strip(),
                        expected));
            }
        }
        int half = articles.size() / 2;
        Map<String, List<Labelled>> halves = new LinkedHashMap<>();
        halves.put("A", articles.subList(0, half));
        halves.put("B", articles.subList(half, articles.size()));
        context.out()
                .printf(
                        "== Countries: %s, %d articles with a mappable places label (A: the first %d, B: the other %d)%n",
                        DATA, articles.size(), half, articles.size() - half);
        for (boolean withDateline : new boolean[] {false, true}) {
            String input = withDateline ? "dateline + body" : "body";
            Map<String, List<Scored>> scoredHalves = new LinkedHashMap<>();
            halves.forEach((name, part) -> scoredHalves.put(name, scored(tagger, part, withDateline)));
            context.out().printf("   -- input: %s%n", input);
            scoredHalves.forEach((name, part) -> {
                Score baseline = new Score();
                Score tagged = new Score();
                for (Scored article : part) {
                    baseline.add(article.named(), article.gold(), null);
                    CountryTags tags = CountryTagger.kept(article.candidates(), CountryTagger.DEFAULT_KEEP_AT);
                    tagged.add(codes(tags.countries()), article.gold(), tags.focusCountry());
                }
                context.out().printf("   %s baseline (every country named)   %s%n", name, baseline);
                context.out()
                        .printf(
                                "   %s countries (salience >= %.2f)      %s  focus among gold %.4f%n",
                                name, CountryTagger.DEFAULT_KEEP_AT, tagged, tagged.focusShare());
            });
            StringBuilder sweep = new StringBuilder("   A sweep, F1 by threshold:");
            for (double threshold : THRESHOLDS) {
                Score score = new Score();
                for (Scored article : scoredHalves.get("A")) {
                    score.add(
                            codes(CountryTagger.kept(article.candidates(), threshold)
                                    .countries()),
                            article.gold(),
                            null);
                }
                sweep.append(String.format(Locale.ROOT, " %.2f:%.4f", threshold, score.f1()));
            }
            context.out().println(sweep);
            if (withDateline) {
                context.out().println("   B calibration: salience band, candidates, share the editors filed under");
                int[] candidates = new int[10];
                int[] filed = new int[10];
                for (Scored article : scoredHalves.get("B")) {
                    for (Country country : article.candidates()) {
                        int band = Math.min(9, (int) (country.salience() * 10));
                        candidates[band]++;
                        if (article.gold().contains(country.code())) {
                            filed[band]++;
                        }
                    }
                }
                for (int band = 0; band < 10; band++) {
                    context.out()
                            .printf(
                                    "     %.1f-%.1f %6d %.3f%n",
                                    band / 10.0,
                                    (band + 1) / 10.0,
                                    candidates[band],
                                    candidates[band] == 0 ? 0 : (double) filed[band] / candidates[band]);
                }
            }
        }
        context.out().printf("   labels with no ISO code, left out: %s%n", unmapped);
    }

    private static List<Scored> scored(CountryTagger tagger, List<Labelled> articles, boolean withDateline) {
        List<Scored> scored = new ArrayList<>(articles.size());
        for (Labelled article : articles) {
            String body = withDateline && !article.dateline().isEmpty()
                    ? article.dateline() + " " + article.body()
                    : article.body();
            scored.add(new Scored(
                    tagger.namedCountries(article.title(), body),
                    tagger.candidates(article.title(), body),
                    article.gold()));
        }
        return scored;
    }

    private static Set<String> codes(List<Country> countries) {
        Set<String> codes = new HashSet<>();
        countries.forEach(country -> codes.add(country.code()));
        return codes;
    }

    private record Labelled(String title, String body, String dateline, Set<String> gold) {}

    private record Scored(Set<String> named, List<Country> candidates, Set<String> gold) {}

    /** Micro-averaged counts over (article, country) pairs. */
    private static final class Score {
        private long found;
        private long gold;
        private long right;
        private int articles;
        private int focusRight;

        void add(Set<String> predicted, Set<String> expected, String focus) {
            articles++;
            found += predicted.size();
            gold += expected.size();
            right += predicted.stream().filter(expected::contains).count();
            if (focus != null && expected.contains(focus)) {
                focusRight++;
            }
        }

        double precision() {
            return found == 0 ? 0 : (double) right / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) right / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double focusShare() {
            return articles == 0 ? 0 : (double) focusRight / articles;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "micro P %.4f  R %.4f  F1 %.4f  (%d found, %d gold, %d right)",
                    precision(),
                    recall(),
                    f1(),
                    found,
                    gold,
                    right);
        }
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
