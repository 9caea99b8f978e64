package dev.tidings.ingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import dev.tidings.http.ProblemException;
import dev.tidings.http.ProblemType;
import dev.tidings.ingest.batch.BatchItems.Item;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchItemsTests {
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void eachArticleIsItsOwnBytesEvenInsideALargerBuffer() throws Exception {
        String batch = "{\"articles\": [{\"url\": \"https://a.example/1\"}, \"not an object\", {\"title\": \"台灣\"}]}";
        // As a request body can sit in a buffer: after other bytes.
        byte[] buffer = ("garbage before" + batch + "garbage after").getBytes(StandardCharsets.UTF_8);
        int start = "garbage before".length();

        List<Item> items = BatchItems.ofJson(JSON, buffer, start, batch.getBytes(StandardCharsets.UTF_8).length, 1000);

        assertEquals(
                List.of("{\"url\": \"https://a.example/1\"}", "\"not an object\"", "{\"title\": \"台灣\"}"),
                texts(items));
        assertEquals(List.of(0, 1, 2), items.stream().map(Item::index).toList());
    }

    @Test
    void ndjsonLinesAreArticlesAndBlankLinesAreNot() {
        byte[] body = "{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}".getBytes(StandardCharsets.UTF_8);

        List<Item> items = BatchItems.ofNdjson(body, 0, body.length, 1000);

        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "{\"c\":3}"), texts(items));
    }

    @Test
    void aBatchOverTheCountIsRefusedAsAWhole() {
        byte[] body = "{}\n{}\n{}\n".getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> BatchItems.ofNdjson(body, 0, body.length, 2));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE.type(), e.problem().type());
        byte[] json = "{\"articles\": [{}, {}, {}]}".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                ProblemType.PAYLOAD_TOO_LARGE.type(),
                assertThrows(ProblemException.class, () -> BatchItems.ofJson(JSON, json, 0, json.length, 2))
                        .problem()
                        .type());
    }

    private static List<String> texts(List<Item> items) {
        return items.stream()
                .map(item -> new String(item.body(), item.offset(), item.length(), StandardCharsets.UTF_8))
                .toList();
    }
}
