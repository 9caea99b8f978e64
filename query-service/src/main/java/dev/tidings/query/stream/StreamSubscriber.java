package dev.tidings.query.stream;

import dev.tidings.query.search.SearchFilter;
import io.quarkus.logging.Log;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One client of the stream: its filter and a bounded buffer of events not yet written to it. Events
 * are written one at a time, the next once the previous one went out. Offering never blocks: a
 * client whose buffer is full is sent a final {@code dropped} event and closed, so that one slow
 * reader costs neither the feed nor the other clients anything.
 */
public final class StreamSubscriber {
    private final SearchFilter filter;
    private final EventSink sink;
    private final int capacity;
    private final Runnable onClose;
    private final ArrayDeque<StreamEvent> buffer = new ArrayDeque<>();
    /** Live articles held back while a resuming client's replay is read. */
    private List<Stored> held;

    private long lastSeq;
    private boolean sending;
    private boolean closed;

    /**
     * @param resumeAfter the Last-Event-ID the client resumes after; live articles are held until
     *     {@link #replayed} when given, and every article with a number up to it is skipped
     * @param onClose removes the subscriber from the fan-out
     */
    public StreamSubscriber(SearchFilter filter, EventSink sink, int capacity, Long resumeAfter, Runnable onClose) {
        this.filter = filter;
        this.sink = sink;
        this.capacity = capacity;
        this.onClose = onClose;
        if (resumeAfter != null) {
            this.lastSeq = resumeAfter;
            this.held = new ArrayList<>();
        }
    }

    public SearchFilter filter() {
        return filter;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** A stored article that matches the filter. */
    public synchronized void offerArticle(long storeSeq, StreamEvent event) {
        offerStored(storeSeq, List.of(event));
    }

    /**
     * The events of one stored article that matches the filter (the article, then the story it
     * started or joined), kept together: sent, held or skipped as one.
     */
    public synchronized void offerStored(long storeSeq, List<StreamEvent> events) {
        if (closed) {
            return;
        }
        if (held != null) {
            if (held.size() >= capacity) {
                drop("the client fell more than " + capacity + " events behind");
                return;
            }
            held.add(new Stored(storeSeq, events));
            return;
        }
        if (storeSeq > lastSeq) {
            lastSeq = storeSeq;
            events.forEach(this::offer);
        }
    }

    /** The replayed articles, oldest first, then whatever arrived live meanwhile. */
    public synchronized void replayed(List<StreamEvent> replay) {
        List<Stored> live = held == null ? List.of() : held;
        held = null;
        for (StreamEvent event : replay) {
            offerArticle(Long.parseLong(event.id()), event);
        }
        for (Stored stored : live) {
            offerStored(stored.storeSeq(), stored.events());
        }
    }

    /** A comment or control event, subject to the same bound as articles. */
    public synchronized void offer(StreamEvent event) {
        if (closed) {
            return;
        }
        if (buffer.size() >= capacity) {
            drop("the client fell more than " + capacity + " events behind");
            return;
        }
        buffer.add(event);
        if (!sending) {
            sendNext();
        }
    }

    /** Ends the stream, e.g. when the service stops. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            buffer.clear();
            try {
                sink.close();
            } catch (RuntimeException alreadyClosed) {
                // nothing to do
            }
            onClose.run();
        }
    }

    private record Stored(long storeSeq, List<StreamEvent> events) {}

    private void drop(String reason) {
        Log.infof("Dropping a stream client: %s", reason);
        buffer.clear();
        closed = true;
        try {
            // Written behind whatever is still in flight; the client learns why before the end.
            sink.send(StreamEvent.control(StreamEvent.DROPPED, "{\"reason\":\"" + reason + "\"}"));
            sink.close();
        } catch (RuntimeException gone) {
            // Closed already: nothing more to tell.
        }
        onClose.run();
    }

    private void sendNext() {
        StreamEvent next = buffer.poll();
        if (next == null || closed) {
            sending = false;
            return;
        }
        sending = true;
        CompletionStage<?> sent;
        try {
            sent = sink.send(next);
        } catch (RuntimeException gone) {
            // The response was closed under us: the client went away.
            close();
            return;
        }
        sent.whenComplete((ignored, failure) -> {
            synchronized (this) {
                if (failure != null) {
                    // The client went away.
                    close();
                } else {
                    sendNext();
                }
            }
        });
    }
}
