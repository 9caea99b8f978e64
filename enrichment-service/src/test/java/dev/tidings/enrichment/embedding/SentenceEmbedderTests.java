package dev.tidings.enrichment.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTests {

    private static SentenceEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new SentenceEmbedder();
    }

    @Test
    void anEmbeddingIsA384FloatUnitVector() {
        float[] vector = embedder.embed("Harbour pilots in Valdora end their strike after a pay deal.");

        assertEquals(SentenceEmbedder.DIMENSION, vector.length);
        assertEquals(1.0, dot(vector, vector), 1e-4);
    }

    @Test
    void twoReportsOfOneEventAreCloserThanReportsOfTwoEvents() {
        float[] flood = embedder.embed("River bursts its banks in Lenmark, hundreds of homes under water.");
        float[] sameFlood = embedder.embed("Floods in Lenmark: residents evacuated as the river overflows.");
        float[] budget = embedder.embed("Finance minister presents a budget with tax cuts for small firms.");

        assertTrue(
                dot(flood, sameFlood) > dot(flood, budget) + 0.2,
                () -> "same event " + dot(flood, sameFlood) + ", other event " + dot(flood, budget));
    }

    @Test
    void aLongTextIsEmbeddedWholeWithoutFailing() {
        String paragraph = "The council met on Tuesday to discuss the new tram line through the old town. ";
        float[] vector = embedder.embed(paragraph.repeat(1_300)); // about 100 kB, far over 512 tokens

        assertEquals(1.0, dot(vector, vector), 1e-4);
    }

    @Test
    void aBlankTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> embedder.embed("  \n "));
    }

    @Test
    void concurrentCallsGiveTheSameBitsAsOneAtATime() {
        List<String> texts = List.of(
                "Storm warning for the coast as gales arrive.",
                "Striker's late goal wins the derby.",
                "Central bank holds rates steady.",
                "新しい駅が開業した。");
        List<float[]> sequential = texts.stream().map(embedder::embed).toList();

        List<float[]> parallel = IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> embedder.embed(texts.get(i % texts.size())))
                .toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertArrayEquals(sequential.get(i % texts.size()), parallel.get(i));
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
