package dev.tidings.events;

import java.util.Base64;
import java.util.Objects;

/**
 * An article's sentence embedding, carried in the event so that a consumer (query-service's story
 * assignment) and a replay never need to compute it again.
 *
 * <p>Compact: each component is written as a signed byte, the vector scaled so that its largest
 * component is ±127, and the bytes in base64 (512 characters for 384 dimensions, against about 3 KB
 * as JSON floats). Cosine similarity does not depend on a vector's length, so the scale is not kept:
 * {@link #vector()} gives the decoded vector at unit length again. The rounding costs about 0.001 of
 * cosine similarity, far below what separates two stories.
 *
 * @param model the model, its variant and the text it embedded, e.g. {@code all-MiniLM-L6-v2-int8}:
 *     embeddings of different models are not comparable, so a consumer compares only equal models
 * @param int8 base64 of one signed byte per dimension
 */
public record Embedding(String model, String int8) {

    public Embedding {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(int8, "int8");
    }

    /** Quantises a vector (of any length, not all zeros) to one signed byte per component. */
    public static Embedding of(String model, float[] vector) {
        float largest = 0;
        for (float value : vector) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (!(largest > 0) || Float.isInfinite(largest)) {
            throw new IllegalArgumentException("Cannot quantise a vector of zeros or non-finite values");
        }
        byte[] bytes = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bytes[i] = (byte) Math.round(vector[i] / largest * 127f);
        }
        return new Embedding(model, Base64.getEncoder().encodeToString(bytes));
    }

    /** The signed bytes as sent. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(int8);
    }

    /** The vector at unit length, so that a dot product of two is their cosine similarity. */
    public float[] vector() {
        return unitVector(bytes());
    }

    /** One signed byte per component, back to a vector of unit length (zeros stay zeros). */
    public static float[] unitVector(byte[] bytes) {
        float[] vector = new float[bytes.length];
        double norm = 0;
        for (int i = 0; i < bytes.length; i++) {
            vector[i] = bytes[i];
            norm += (double) bytes[i] * bytes[i];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }
}
