package dev.tidings.ingest.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tidings.http.FieldError;
import dev.tidings.http.ProblemException;
import dev.tidings.http.ProblemType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch's body cut into its articles, each left as the bytes it was sent as, so that each is read
 * on its own: an article with a wrong type or a bad field fails alone, not the batch.
 */
final class BatchItems {

    /**
     * One article of the batch: {@code length} bytes of {@code body} from {@code offset}. The
     * articles share the request's one buffer, which is never copied.
     */
    record Item(int index, byte[] body, int offset, int length) {}

    private BatchItems() {}

    /**
     * The articles of {@code {"articles": [...]}}. The whole body is checked as JSON here; each
     * article is only delimited.
     *
     * @throws ProblemException for a body that is not such an object (400), or that has more
     *     than {@code maxArticles} articles (413)
     * @throws JsonProcessingException for a body that is not JSON at all
     */
    static List<Item> ofJson(JsonFactory json, byte[] body, int start, int length, int maxArticles) throws IOException {
        List<Item> items = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        boolean found = false;
        try (JsonParser parser = json.createParser(body, start, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("The batch must be a JSON object: {\"articles\": [...]}.", List.of());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!name.equals("articles")) {
                    unknown.add(new FieldError(name, "is not a known field"));
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw malformed(
                            "The batch's articles must be an array.",
                            List.of(new FieldError("articles", "must be an array")));
                }
                found = true;
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (items.size() == maxArticles) {
                        throw tooMany(maxArticles);
                    }
                    // Offsets from the start of the parsed range, which is not always the array's.
                    long from = parser.currentTokenLocation().getByteOffset();
                    if (item.isStructStart()) {
                        parser.skipChildren();
                    } else {
                        // A string is read lazily: read it, so that the location is past its end.
                        parser.finishToken();
                    }
                    long to = parser.currentLocation().getByteOffset();
                    items.add(new Item(items.size(), body, start + (int) from, (int) (to - from)));
                }
            }
            if (parser.nextToken() != null) {
                throw malformed("The batch has more after its closing brace.", List.of());
            }
        }
        if (!found) {
            List<FieldError> errors = new ArrayList<>(List.of(new FieldError("articles", "is required")));
            errors.addAll(unknown);
            throw malformed("The batch has no articles array.", errors);
        }
        if (!unknown.isEmpty()) {
            throw malformed("The batch has fields other than articles.", unknown);
        }
        return checkedNotEmpty(items);
    }

    /**
     * The articles of an {@code application/x-ndjson} body: one JSON object a line ({@code \n} or
     * {@code \r\n}); blank lines are not articles. Each line is read on its own later, so a line
     * that is not JSON fails alone.
     *
     * @throws ProblemException for a body without articles (400), or with more than {@code
     *     maxArticles} (413)
     */
    static List<Item> ofNdjson(byte[] body, int from, int length, int maxArticles) {
        List<Item> items = new ArrayList<>();
        int limit = from + length;
        int start = from;
        while (start < limit) {
            int newline = indexOf(body, (byte) '\n', start, limit);
            int end = newline < 0 ? limit : newline;
            int last = end;
            if (last > start && body[last - 1] == '\r') {
                last--;
            }
            if (!isBlank(body, start, last)) {
                if (items.size() == maxArticles) {
                    throw tooMany(maxArticles);
                }
                items.add(new Item(items.size(), body, start, last - start));
            }
            start = end + 1;
        }
        return checkedNotEmpty(items);
    }

    private static List<Item> checkedNotEmpty(List<Item> items) {
        if (items.isEmpty()) {
            throw malformed(
                    "The batch has no articles.", List.of(new FieldError("articles", "must have at least 1 entry")));
        }
        return items;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static ProblemException malformed(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST.problem(detail, errors));
    }

    private static ProblemException tooMany(int maxArticles) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE.problem(
                "The batch has more than " + maxArticles + " articles; send at most " + maxArticles + " at once."));
    }
}
