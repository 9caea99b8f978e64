package dev.tidings.query.stream;

import dev.tidings.query.search.SearchFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stream's clients on this instance. The feed asks which distinct filters to evaluate and
 * hands each matching article to the clients of those filters; a heartbeat goes to every client.
 */
public class StreamFanout {
    private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final int bufferSize;

    public StreamFanout(int bufferSize) {
        this.bufferSize = bufferSize;
    }

    /** A new client; it leaves the fan-out when its stream ends. */
    public StreamSubscriber subscribe(SearchFilter filter, EventSink sink, Long resumeAfter) {
        StreamSubscriber[] self = new StreamSubscriber[1];
        self[0] = new StreamSubscriber(filter, sink, bufferSize, resumeAfter, () -> subscribers.remove(self[0]));
        subscribers.add(self[0]);
        return self[0];
    }

    public int size() {
        return subscribers.size();
    }

    /** The clients by filter, one entry per distinct filter. */
    public Map<String, List<StreamSubscriber>> byFilter() {
        Map<String, List<StreamSubscriber>> groups = new LinkedHashMap<>();
        for (StreamSubscriber subscriber : subscribers) {
            groups.computeIfAbsent(subscriber.filter().canonical(), key -> new ArrayList<>())
                    .add(subscriber);
        }
        return groups;
    }

    public void heartbeat() {
        StreamEvent beat = StreamEvent.comment("heartbeat");
        subscribers.forEach(subscriber -> subscriber.offer(beat));
    }

    public void closeAll() {
        List.copyOf(subscribers).forEach(StreamSubscriber::close);
    }
}
