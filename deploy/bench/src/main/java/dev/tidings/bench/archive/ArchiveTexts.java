package dev.tidings.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The texts an archive is made of: news articles read by path from JSONL corpora (title, body and,
 * where the corpus has them, its people, organisations, places, topics or category), or, when no
 * corpus is readable, texts made up from a vocabulary of news words, so that the loader runs
 * anywhere.
 */
public final class ArchiveTexts {
    /**
     * One source text.
     *
     * @param topics the corpus's own topic words (Reuters: "crude") or category ("sports")
     */
    public record Text(
            String title,
            List<String> paragraphs,
            List<String> people,
            List<String> organizations,
            List<String> places,
            List<String> topics) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Text> texts;
    private final String origin;

    private ArchiveTexts(List<Text> texts, String origin) {
        this.texts = texts;
        this.origin = origin;
    }

    public List<Text> texts() {
        return texts;
    }

    /** Where the texts came from, for the report. */
    public String origin() {
        return origin;
    }

    /** The corpora that are readable, or made-up texts if none is. */
    public static ArchiveTexts read(List<Path> corpora) throws IOException {
        List<Text> texts = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (Path corpus : corpora) {
            if (!Files.isReadable(corpus)) {
                continue;
            }
            int before = texts.size();
            try (BufferedReader lines = Files.newBufferedReader(corpus)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = JSON.readTree(line);
                    String title = record.path("title").asText("").strip();
                    String body = record.path("body").asText("");
                    if (title.isEmpty() || body.isBlank()) {
                        continue;
                    }
                    List<String> topics = strings(record.path("topics"));
                    if (topics.isEmpty() && record.path("category").isTextual()) {
                        topics = List.of(record.path("category").asText());
                    }
                    texts.add(new Text(
                            title,
                            paragraphs(body),
                            strings(record.path("people")),
                            strings(record.path("orgs")),
                            strings(record.path("places")),
                            topics));
                }
            }
            read.add(corpus + " (" + (texts.size() - before) + " texts)");
        }
        if (texts.isEmpty()) {
            return synthetic(2_000, 1);
        }
        return new ArchiveTexts(List.copyOf(texts), String.join(", ", read));
    }

    /** Texts made up of news words, for a machine without the corpora. */
    public static ArchiveTexts synthetic(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> paragraphs = new ArrayList<>();
            int n = 2 + random.nextInt(6);
            for (int p = 0; p < n; p++) {
                paragraphs.add(sentences(random, 1 + random.nextInt(4)));
            }
            String title = capitalised(words(random, 4 + random.nextInt(6)));
            String topic = SYNTHETIC_TOPICS.get(random.nextInt(SYNTHETIC_TOPICS.size()));
            texts.add(new Text(title, paragraphs, List.of(), List.of(), List.of(), List.of(topic)));
        }
        return new ArchiveTexts(List.copyOf(texts), "synthetic (" + count + " made-up texts)");
    }

    private static final List<String> SYNTHETIC_TOPICS =
            List.of("business", "politics", "sports", "health", "technology", "crude", "trade", "grain");

    /** Common words of news copy, written for this generator; drawn with a Zipf-like skew. */
    private static final List<String> WORDS = Arrays.asList(("said the government minister market prices oil"
                    + " bank shares company percent year week report officials president election vote police"
                    + " court trade talks rates inflation growth economy workers strike union health hospital"
                    + " vaccine school students city council budget tax energy gas power plant climate weather"
                    + " storm flood fire rescue team match season league coach player goal win final record"
                    + " profit loss quarter sales investors dollar euro exports imports deal agreement summit"
                    + " leaders border security military troops peace ceasefire protest rally campaign party"
                    + " parliament law bill reform court judge trial prison charges investigation fraud"
                    + " technology software data internet phone launch satellite research scientists study"
                    + " farmers wheat corn crop harvest drought water supply shipping port airline flights"
                    + " tourism hotel film music festival award artist museum church religious leader")
            .split(" "));

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Skewed towards the first words, as word frequencies in real text are.
            double u = random.nextDouble();
            int index = (int) (WORDS.size() * u * u * u);
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.get(Math.min(index, WORDS.size() - 1)));
        }
        return text.toString();
    }

    private static String sentences(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(capitalised(words(random, 8 + random.nextInt(16)))).append('.');
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Paragraphs of a body whose lines were wrapped (Reuters) or are one paragraph each. */
    private static List<String> paragraphs(String body) {
        String text = body.replace("\r", "");
        String[] parts = text.contains("\n    ") ? text.split("\n    ") : text.split("\n+");
        List<String> paragraphs = new ArrayList<>();
        for (String part : parts) {
            String paragraph = part.replaceAll("\\s*\n\\s*", " ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs.isEmpty() ? List.of(body.strip()) : List.copyOf(paragraphs);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isTextual() && !value.asText().isBlank()) {
                values.add(value.asText().toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(values);
    }
}
