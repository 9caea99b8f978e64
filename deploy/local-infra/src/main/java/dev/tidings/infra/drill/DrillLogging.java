package dev.tidings.infra.drill;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the drills' output to their own lines: the Kafka clients and zonky log every config at INFO. */
final class DrillLogging {
    // Held, so that the configured levels are not lost when the loggers are garbage collected.
    private static final Logger[] QUIETED = {
        Logger.getLogger("org.apache.kafka"), Logger.getLogger("io.zonky"), Logger.getLogger("dev.tidings.infra")
    };

    private DrillLogging() {}

    static void quiet() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.WARNING);
        }
    }
}
