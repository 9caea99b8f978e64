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
