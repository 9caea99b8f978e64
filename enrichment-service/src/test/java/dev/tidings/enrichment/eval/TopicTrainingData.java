package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.embedding.HeadlineAndLead;
import dev.tidings.enrichment.embedding.SentenceEmbedder;
import dev.tidings.enrichment.eval.TopicDataSets.Article;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled texts the embedding topic model learns from, all of them licensed for a shipped model:
 * the MasakhaNEWS English training split (AFL-3.0; read by path, never copied), cut three ways, the
 * IPTC Media Topic definitions (CC BY 4.0) and short news items written for Tidings (both under
 * {@code src/test/resources/topic-training}). Never Reuters-21578 or AllSides (research or internal
 * evaluation only).
 */
final class TopicTrainingData {

    /** Where an example comes from: the calibration weighs BBC news and the rest equally. */
    enum Source {
        MASAKHANEWS,
        WRITTEN
    }

    /**
     * One example: the text as the topic stage sees it (a headline and a body, which may be cut) and
     * its top-level IPTC code; {@code fold} keeps all cuts of one article in one cross-validation fold;
     * {@code whole} is false for a cut (headline only, or headline and first sentence, of a longer text).
     */
    record Example(String title, String body, String code, int fold, Source source, boolean whole) {
        String embeddingText() {
            return HeadlineAndLead.of(title, body);
        }
    }

    static final int FOLDS = 5;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?(?=\\s+[\"'“‘(]?[A-Z0-9])");

    private TopicTrainingData() {}

    /** The text cut to its first sentence (or the whole text if it has one). */
    static String firstSentence(String body) {
        String text = body.strip();
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.end()) : text;
    }

    /**
     * Every example: each MasakhaNEWS training article as headline + body, headline alone and headline
     * + first sentence; each IPTC definition as label + definition; each written item as headline alone
     * and, where it has one, headline + first sentence.
     */
    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        int index = 0;
        for (Article article : TopicDataSets.masakhaNews()) {
            if (TopicDataSets.isHeldOut(article.id())) {
                continue;
            }
            String code = TopicDataSets.MASAKHANEWS_TO_IPTC.get(article.labels().get(0));
            int fold = index++ % FOLDS;
            examples.add(new Example(article.title(), article.body(), code, fold, Source.MASAKHANEWS, true));
            examples.add(new Example(article.title(), "", code, fold, Source.MASAKHANEWS, false));
            examples.add(
                    new Example(article.title(), firstSentence(article.body()), code, fold, Source.MASAKHANEWS, false));
        }
        index = 0;
        for (String[] row : rows("/topic-training/iptc-media-topic-definitions.tsv")) {
            examples.add(new Example(row[1], row[2], row[0], index++ % FOLDS, Source.WRITTEN, true));
        }
        index = 0;
        for (String[] row : rows("/topic-training/news-items.tsv")) {
            int fold = index++ % FOLDS;
            boolean hasSentence = row.length > 2 && !row[2].isBlank();
            examples.add(new Example(row[1], "", row[0], fold, Source.WRITTEN, !hasSentence));
            if (hasSentence) {
                examples.add(new Example(row[1], row[2], row[0], fold, Source.WRITTEN, true));
            }
        }
        return examples;
    }

    /**
     * The embedding of each example, as the service computes it, in order. They take minutes to
     * compute, so each is kept in {@code cache} (under target/) by the SHA-256 of its text, and reused.
     */
    static float[][] embed(List<Example> examples, SentenceEmbedder embedder, Path cache) throws IOException {
        Map<String, float[]> known = new HashMap<>();
        if (Files.isReadable(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String key = in.readUTF();
                    float[] vector = new float[SentenceEmbedder.DIMENSION];
                    for (int d = 0; d < vector.length; d++) {
                        vector[d] = in.readFloat();
                    }
                    known.put(key, vector);
                }
            }
        }
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            String text = examples.get(i).embeddingText();
            x[i] = known.computeIfAbsent(sha256(text), key -> embedder.embed(text));
        }
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            out.writeInt(known.size());
            for (Map.Entry<String, float[]> entry : known.entrySet()) {
                out.writeUTF(entry.getKey());
                for (float v : entry.getValue()) {
                    out.writeFloat(v);
                }
            }
        }
        return x;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        InputStream in = TopicTrainingData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Missing training resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
