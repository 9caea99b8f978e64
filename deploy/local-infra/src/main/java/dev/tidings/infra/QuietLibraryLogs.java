package dev.tidings.infra;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local tools (run.sh, replay, the drills, the benchmark) print their own progress; the Kafka
 * clients (their whole configuration at INFO) and zonky's embedded PostgreSQL (where it unpacks its
 * binaries) would bury it. Their warnings and errors still show.
 */
public final class QuietLibraryLogs {
    // Held, so that the levels are not lost when the loggers are garbage collected.
    private static final List<Logger> QUIETED = new CopyOnWriteArrayList<>();

    private QuietLibraryLogs() {}

    /** Warnings and errors only from the Kafka clients, zonky, and the loggers named. */
    public static void apply(String... alsoQuiet) {
        quiet("org.apache.kafka");
        quiet("io.zonky");
        for (String name : alsoQuiet) {
            quiet(name);
        }
    }

    private static void quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        QUIETED.add(logger);
    }
}
