package dev.tidings.query.stream;

import java.util.concurrent.CompletionStage;

/** Where one client's events go: its HTTP response, or a test's recorder. */
public interface EventSink {
    /** Completes once the event was written out, or fails once the client is gone. */
    CompletionStage<?> send(StreamEvent event);

    void close();
}
