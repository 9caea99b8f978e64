package dev.tidings.enrichment.eval;

import dev.tidings.enrichment.enricher.StandardPipeline;
import dev.tidings.enrichment.entity.EntityMentionFinder;
import dev.tidings.enrichment.entity.EntityTagger;
import dev.tidings.enrichment.pipeline.EnrichmentPipeline;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where the data sets are, where to write, and the models the measurements share (each loaded once,
 * on first use, because each takes seconds).
 *
 * @param data the shared data folder, read in place and never copied
 * @param tools the folder of {@code conlleval.py}
 * @param output where predictions are written, e.g. {@code target/eval}
 * @param options flags given on the command line, e.g. {@code language-modes}
 */
record EvaluationContext(Path data, Path tools, Path output, Set<String> options, PrintStream out, Models models) {

    Path dataFile(String relative) throws IOException {
        Path file = data.resolve(relative);
        if (!Files.isReadable(file)) {
            throw new IOException("Data file not found: " + file + " (set --data to the shared data folder)");
        }
        return file;
    }

    Path outputFile(String name) throws IOException {
        Files.createDirectories(output);
        return output.resolve(name);
    }

    boolean has(String option) {
        return options.contains(option);
    }

    /** The models, loaded on first use. */
    static final class Models {
        private CRFClassifier<CoreLabel> classifier;
        private EntityTagger entityTagger;
        private EnrichmentPipeline pipeline;

        /** The service's whole pipeline, as {@code POST /v1/enrich} runs it. */
        synchronized EnrichmentPipeline pipeline() {
            if (pipeline == null) {
                pipeline = StandardPipeline.load();
            }
            return pipeline;
        }

        /** The bare 3-class CRF, loaded as the service loads it. */
        synchronized CRFClassifier<CoreLabel> classifier() {
            if (classifier == null) {
                classifier = EntityMentionFinder.loadClassifier();
            }
            return classifier;
        }

        /** The service's entity tagger: the same CRF, then the fixes, filter and linkers. */
        synchronized EntityTagger entityTagger() {
            if (entityTagger == null) {
                entityTagger = new EntityTagger();
            }
            return entityTagger;
        }
    }
}
