package dev.tidings.events;

/**
 * A record that no retry can turn into an event: not JSON, not the event its topic carries, or an
 * event whose parts contradict each other. Its message is the reason a consumer's dead-letter
 * record carries ({@code dead-letter-reason}): it names the fields and what is wrong with them, and
 * quotes at most a short piece of the record.
 */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String reason) {
        // No stack trace: the reason says all, and a run of poison records must not flood the log.
        super(reason, null, false, false);
    }
}
