package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.entity.NerLanguage;
import dev.tidings.enrichment.pipeline.ArticleDocument;
import dev.tidings.enrichment.quote.QuoteTagger;
import dev.tidings.events.Quote;
import dev.tidings.events.Speaker;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Quotations and their speakers on our own gold sets ({@link QuoteGoldSet}, a few dozen quotations
 * in each of English, German, French, Spanish and Chinese), through the service's entity tagger and
 * quote tagger with the language set, as the pipeline runs them.
 *
 * <ul>
 *   <li><b>spans</b>: a quotation is found when its offsets are exactly the gold ones; precision
 *       over the quotations the tagger gives, recall over the gold ones;
 *   <li><b>speaker</b>: of the quotations found, the share whose speaker is right: its name is one
 *       of the gold names (case, spacing, apostrophe style and a leading article aside), or both are
 *       none;
 *   <li><b>quote + speaker</b>: a quotation found with the right speaker, over the tagger's and
 *       over the gold quotations;
 *   <li><b>linked</b>: of the quotations found, the share whose speaker is an entity of the
 *       article.
 * </ul>
 *
 * Each set is also scored in halves (A: the 1st, 3rd, … document; B: the others): the rules were
 * tuned looking at half A's errors only, so half B shows how they carry to text they were not
 * tuned on. {@code --option quote-errors} prints each miss, each quotation not in the gold and each
 * wrong speaker.
 *
 * <p>{@code --option quote-dump}: the English quotations of every MasakhaNEWS English story and of
 * the first {@value #REUTERS_STORIES} Reuters-21578 stories, written to {@code
 * target/eval/quotes-en.tsv} with a SHA-256 of the file, to show that a change leaves English
 * output as it was.
 */
final class QuoteEvaluation implements Measurement {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "zh");

    static final int REUTERS_STORIES = 3000;

    /** Words that may lead a speaker's name in one spelling and not the other ("the Environment Agency"). */
    private static final Map<String, Set<String>> ARTICLES = Map.of(
            "en", Set.of("the", "a", "an"),
            "de", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem"),
            "fr", Set.of("le", "la", "les", "l'", "un", "une"),
            "es", Set.of("el", "la", "los", "las", "un", "una"),
            "zh", Set.of());

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public void run(EvaluationContext context) throws Exception {
        PrintStream out = context.out();
        out.println("== Quotes on our gold sets (src/test/resources/quotes/gold-<language>.txt): exact spans,"
                + " speakers by name; entity tagger + quote tagger, language set");
        List<NerLanguage> available = LANGUAGES.stream()
                .map(code -> NerLanguage.of(code).orElseThrow())
                .filter(NerLanguage::isAvailable)
                .toList();
        EntityTagger entities = new EntityTagger(available);
        QuoteTagger quotes = new QuoteTagger();
        out.printf(
                "  %-10s %5s %5s | %6s %6s %6s | %7s | %6s %6s %6s | %6s%n",
                "", "gold", "found", "span P", "R", "F1", "speaker", "q+s P", "R", "F1", "linked");
        for (String language : LANGUAGES) {
            if (available.stream().noneMatch(l -> l.code().equals(language))) {
                out.printf("  %s: no entity model in this build (Chinese needs -Pchinese), skipped%n", language);
                continue;
            }
            QuoteGoldSet set = QuoteGoldSet.read(language);
            Score[] halves = {new Score(), new Score()};
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < set.documents().size(); i++) {
                QuoteGoldSet.Document gold = set.documents().get(i);
                ArticleDocument document = NerEvaluation.taggedDocument(entities, gold.body(), language);
                quotes.tag(document);
                String half = i % 2 == 0 ? "A" : "B";
                halves[i % 2].add(language, gold, document.quotes(), errors, half);
            }
            Score all = new Score().plus(halves[0]).plus(halves[1]);
            print(out, language + " A", halves[0]);
            print(out, language + " B", halves[1]);
            print(out, language + " all", all);
            if (context.has("quote-errors")) {
                errors.forEach(error -> out.println("    " + error));
            }
        }
        if (context.has("quote-dump")) {
            dumpEnglish(context, entities, quotes);
        }
    }

    /** Counts over some documents of a gold set. */
    private static final class Score {
        int gold;
        int found;
        int spans;
        int speakers;
        int linked;

        void add(
                String language,
                QuoteGoldSet.Document document,
                List<Quote> predicted,
                List<String> errors,
                String half) {
            gold += document.quotes().size();
            found += predicted.size();
            for (QuoteGoldSet.GoldQuote expected : document.quotes()) {
                Quote match = predicted.stream()
                        .filter(q -> q.start() == expected.start() && q.end() == expected.end())
                        .findFirst()
                        .orElse(null);
                if (match == null) {
                    errors.add(half + " " + document.id() + " missed: " + expected.text() + " | "
                            + String.join(" || ", expected.speakers()));
                    continue;
                }
                spans++;
                if (match.speaker() != null && match.speaker().entityId() != null) {
                    linked++;
                }
                if (rightSpeaker(language, expected, match.speaker())) {
                    speakers++;
                } else {
                    errors.add(half + " " + document.id() + " speaker: " + expected.text() + " | "
                            + String.join(" || ", expected.speakers()) + " ≠ " + describe(match.speaker()));
                }
            }
            for (Quote quote : predicted) {
                boolean inGold =
                        document.quotes().stream().anyMatch(g -> g.start() == quote.start() && g.end() == quote.end());
                if (!inGold) {
                    errors.add(half + " " + document.id() + " not in gold: " + quote.text() + " | "
                            + describe(quote.speaker()));
                }
            }
        }

        Score plus(Score other) {
            gold += other.gold;
            found += other.found;
            spans += other.spans;
            speakers += other.speakers;
            linked += other.linked;
            return this;
        }
    }

    static boolean rightSpeaker(String language, QuoteGoldSet.GoldQuote expected, Speaker speaker) {
        if (expected.speakers().isEmpty() || speaker == null) {
            return expected.speakers().isEmpty() && speaker == null;
        }
        String name = normalised(language, speaker.name());
        return expected.speakers().stream()
                .anyMatch(s -> normalised(language, s).equals(name));
    }

    private static String normalised(String language, String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
        for (String article : ARTICLES.get(language)) {
            String lead = article.endsWith("'") ? article : article + " ";
            if (plain.startsWith(lead)) {
                return plain.substring(lead.length());
            }
        }
        return plain;
    }

    private static String describe(Speaker speaker) {
        return speaker == null
                ? "-"
                : speaker.name() + (speaker.entityId() == null ? "" : " [" + speaker.entityId() + "]");
    }

    private static void print(PrintStream out, String label, Score score) {
        double spanP = ratio(score.spans, score.found);
        double spanR = ratio(score.spans, score.gold);
        double bothP = ratio(score.speakers, score.found);
        double bothR = ratio(score.speakers, score.gold);
        out.printf(
                "  %-10s %5d %5d | %6.1f %6.1f %6.1f | %7.1f | %6.1f %6.1f %6.1f | %6.1f%n",
                label,
                score.gold,
                score.found,
                spanP,
                spanR,
                f1(spanP, spanR),
                ratio(score.speakers, score.spans),
                bothP,
                bothR,
                f1(bothP, bothR),
                ratio(score.linked, score.spans));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** English quotations of real news, written out and hashed, to compare before and after a change. */
    private static void dumpEnglish(EvaluationContext context, EntityTagger entities, QuoteTagger quotes)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        bodies.addAll(bodies(context.dataFile("news/masakhanews-eng.jsonl"), Integer.MAX_VALUE));
        bodies.addAll(bodies(context.dataFile(CountryEvaluation.DATA), REUTERS_STORIES));
        Path file = context.outputFile("quotes-en.tsv");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int count = 0;
        int withSpeaker = 0;
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            ArticleDocument document = NerEvaluation.taggedDocument(entities, bodies.get(i), "en");
            quotes.tag(document);
            for (Quote quote : document.quotes()) {
                count++;
                withSpeaker += quote.speaker() == null ? 0 : 1;
                lines.append(i)
                        .append('\t')
                        .append(quote.start())
                        .append('\t')
                        .append(quote.end())
                        .append('\t')
                        .append(describe(quote.speaker()))
                        .append('\t')
                        .append(quote.text().replace('\n', ' ').replace('\t', ' '))
                        .append('\n');
            }
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        context.out()
                .printf(
                        "  English dump: %d stories (MasakhaNEWS English, %d Reuters-21578), %d quotations, %d with"
                                + " a speaker, %s, sha256 %s%n",
                        bodies.size(),
                        REUTERS_STORIES,
                        count,
                        withSpeaker,
                        file,
                        HexFormat.of().formatHex(sha.digest(bytes)));
    }

    private static List<String> bodies(Path file, int limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (bodies.size() < limit && (line = in.readLine()) != null) {
                JsonNode story = json.readTree(line);
                String body = story.path("body").asText("");
                if (!body.isBlank()) {
                    bodies.add(body);
                }
            }
        }
        return bodies;
    }
}
