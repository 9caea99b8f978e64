package dev.tidings.ingest.batch;

import dev.tidings.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of the batches being taken at once, held under {@code
 * tidings.ingest.limits.batches-in-flight} so that a few producers backfilling together cannot run
 * ingest out of heap: a batch takes about four times its body while it is read, checked and
 * published.
 */
@ApplicationScoped
public class BatchesInFlight {
    private final long budget;
    private final AtomicLong taken = new AtomicLong();

    public BatchesInFlight(IngestConfig config) {
        this.budget = config.limits().batchesInFlight().asLongValue();
    }

    /** @return whether the batch may go on; a batch alone always may, whatever its size */
    boolean tryTake(long bytes) {
        while (true) {
            long now = taken.get();
            if (now > 0 && now + bytes > budget) {
                return false;
            }
            if (taken.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        taken.addAndGet(-bytes);
    }
}
