package dev.tidings.query.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.query.search.SearchFilter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class StreamFanoutTests {
    private static final int BUFFER = 8;

    @Test
    void slowClientIsDroppedWithAReasonWhileOthersGoOn() {
        StreamFanout fanout = new StreamFanout(BUFFER);
        RecordingSink stuck = new RecordingSink(false);
        RecordingSink reading = new RecordingSink(true);
        StreamSubscriber slow = fanout.subscribe(SearchFilter.NONE, stuck, null);
        fanout.subscribe(SearchFilter.NONE, reading, null);

        for (long seq = 1; seq <= BUFFER + 2; seq++) {
            for (StreamSubscriber subscriber :
                    fanout.byFilter().values().iterator().next()) {
                subscriber.offerArticle(seq, StreamEvent.article(seq, "{}"));
            }
        }

        assertTrue(slow.isClosed());
        assertTrue(stuck.closed);
        StreamEvent last = stuck.sent.get(stuck.sent.size() - 1);
        assertEquals(StreamEvent.DROPPED, last.name());
        assertTrue(last.data().contains("behind"), last.data());
        assertEquals(1, fanout.size(), "the slow client left the fan-out");
        assertEquals(BUFFER + 2, reading.sent.size(), "the other client got every article");
        assertTrue(!reading.closed);
    }

    @Test
    void resumingClientGetsTheReplayThenLiveArticlesEachOnceInOrder() {
        StreamFanout fanout = new StreamFanout(BUFFER);
        RecordingSink sink = new RecordingSink(true);
        StreamSubscriber subscriber = fanout.subscribe(SearchFilter.NONE, sink, 10L);

        // Stored while the replay is read: held back, then deduplicated against it.
        subscriber.offerArticle(12, StreamEvent.article(12, "{}"));
        subscriber.offerArticle(13, StreamEvent.article(13, "{}"));
        subscriber.replayed(List.of(StreamEvent.article(11, "{}"), StreamEvent.article(12, "{}")));
        subscriber.offerArticle(9, StreamEvent.article(9, "{}"));

        assertEquals(
                List.of("11", "12", "13"),
                sink.sent.stream().map(StreamEvent::id).toList());
    }

    @Test
    void heartbeatIsACommentToEveryClient() {
        StreamFanout fanout = new StreamFanout(BUFFER);
        RecordingSink one = new RecordingSink(true);
        RecordingSink two = new RecordingSink(true);
        fanout.subscribe(SearchFilter.NONE, one, null);
        fanout.subscribe(CursorFilters.withQuery("harbour"), two, null);

        fanout.heartbeat();

        assertEquals("heartbeat", one.sent.get(0).comment());
        assertEquals("heartbeat", two.sent.get(0).comment());
        assertEquals(2, fanout.byFilter().size());
    }

    /** Records what is sent; a sink that does not complete sends is a client that stopped reading. */
    private static final class RecordingSink implements EventSink {
        final List<StreamEvent> sent = new CopyOnWriteArrayList<>();
        final boolean completes;
        boolean closed;

        RecordingSink(boolean completes) {
            this.completes = completes;
        }

        @Override
        public CompletionStage<?> send(StreamEvent event) {
            sent.add(event);
            return completes ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Filters for these tests. */
    private static final class CursorFilters {
        static SearchFilter withQuery(String q) {
            return new SearchFilter(
                    q, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                    null, false);
        }
    }
}
