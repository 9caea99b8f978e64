package dev.tidings.query.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** A story's vector survives the trip to PostgreSQL's bytes and back, as base64 broken into lines. */
class StoryVectorBytesTests {

    @Test
    void aVectorReadBackIsTheVectorWritten() {
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) Math.sin(i) / 7f;
        }
        // PostgreSQL's encode(..., 'base64') breaks its output every 76 characters.
        String sent = StoryStore.bytes(vector).replaceAll("(.{76})", "$1\n");
        String row = """
                {"id": "6f1c3c1e-8d0a-4c57-9f51-3f6b2d1e0a11", "seq": 1, "size": 1,
                 "firstSeen": 0, "lastSeen": 0, "title": "t", "titleArticle": null, "model": "m",
                 "embedded": 1, "vectorSum": "%s", "titleVector": null, "keys": {}}""".formatted(sent.replace("\n", "\\n"));

        assertArrayEquals(vector, StoryStore.candidate(row).vectorSum());
    }
}
