package dev.tidings.enrichment.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes token/tag files and scores them with {@code conlleval.py --types PER,ORG,LOC --map
 * MISC=O}, the one scorer of every entity measurement.
 */
final class Conlleval {

    private Conlleval() {}

    /** One token and its tag a line, a blank line after each sentence. */
    static void write(Path file, List<List<String>> sentences, List<List<String>> tags) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int s = 0; s < sentences.size(); s++) {
                List<String> tokens = sentences.get(s);
                List<String> sentenceTags = tags.get(s);
                for (int i = 0; i < tokens.size(); i++) {
                    // conlleval.py splits on white space: a token is never spaced there.
                    out.write(tokens.get(i).replaceAll("\\s", "_"));
                    out.write('\t');
                    out.write(sentenceTags.get(i));
                    out.write('\n');
                }
                out.write('\n');
            }
        }
    }

    static JsonNode score(EvaluationContext context, Path gold, Path predicted)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "python3",
                        context.tools().resolve("conlleval.py").toString(),
                        "--types",
                        "PER,ORG,LOC",
                        "--map",
                        "MISC=O",
                        "--json",
                        gold.toString(),
                        predicted.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] json = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException("conlleval.py failed on " + predicted);
        }
        return new ObjectMapper().readTree(json);
    }

    /**
     * Labels the tokens a name at {@code start..end} of {@code body} covers (B- then I-) when it
     * covers all the letters and digits of each; a name that starts or ends inside a token cannot be
     * written in that tokenisation and labels none. Punctuation at a name's edge does not matter.
     */
    static void label(String body, List<int[]> tokens, String[] tags, int start, int end, String type) {
        List<Integer> covered = new java.util.ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int[] token = tokens.get(t);
            if (token[1] > start && token[0] < end) {
                for (int i = token[0]; i < token[1]; i++) {
                    if ((i < start || i >= end) && Character.isLetterOrDigit(body.charAt(i))) {
                        return;
                    }
                }
                covered.add(t);
            }
        }
        for (int c = 0; c < covered.size(); c++) {
            tags[covered.get(c)] = (c == 0 ? "B-" : "I-") + type;
        }
    }

    /** A document's tags cut into its sentences, of these sizes. */
    static List<List<String>> bySentence(String[] tags, List<Integer> sentenceSizes) {
        List<List<String>> sentences = new java.util.ArrayList<>();
        int next = 0;
        for (int size : sentenceSizes) {
            sentences.add(List.of(java.util.Arrays.copyOfRange(tags, next, next + size)));
            next += size;
        }
        return sentences;
    }

    /** P, R, F1 and F1 per type, in percent, as printed in every table. */
    static String figures(JsonNode score) {
        JsonNode micro = score.get("micro");
        JsonNode types = score.get("types");
        return String.format(
                "%7.2f %7.2f %7.2f %7.2f %7.2f %7.2f",
                100 * micro.get("precision").asDouble(),
                100 * micro.get("recall").asDouble(),
                100 * micro.get("f1").asDouble(),
                100 * types.path("PER").path("f1").asDouble(),
                100 * types.path("ORG").path("f1").asDouble(),
                100 * types.path("LOC").path("f1").asDouble());
    }
}
