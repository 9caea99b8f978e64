package dev.tidings.ingest.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a request body into an {@link ArticleSubmission} with the application's {@link
 * ObjectMapper} (so with its customisations, such as strict scalar types). A Jackson failure is
 * thrown as is, for the exception mappers to describe in the client's terms.
 */
@ApplicationScoped
public class SubmissionReader {
    private final ObjectReader reader;

    public SubmissionReader(ObjectMapper objectMapper) {
        this.reader = objectMapper.readerFor(ArticleSubmission.class);
    }

    /**
     * @return the submission, or {@code null} for an empty body, which the validator answers by
     *     naming every required field
     */
    public ArticleSubmission read(Buffer body) throws JsonProcessingException {
        return read(body.getBytes(), 0, body.length());
    }

    /** As {@link #read(Buffer)}, from {@code length} bytes of {@code bytes} at {@code offset}. */
    public ArticleSubmission read(byte[] bytes, int offset, int length) throws JsonProcessingException {
        if (length == 0) {
            return null;
        }
        try {
            return reader.readValue(bytes, offset, length);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // Reading from a byte array has no other I/O to fail.
            throw new UncheckedIOException(e);
        }
    }
}
