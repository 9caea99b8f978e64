package dev.tidings.infra;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code deploy/local/replay.sh}: resets a consumer group to the start of its topic, what {@code
 * kafka-consumer-groups.sh --reset-offsets --to-earliest --execute} does, through the Admin API.
 * By default the enrichment group on {@code articles.ingested}: started again with a higher {@code
 * tidings.enrichment.version}, enrichment re-tags every article and query-service replaces the
 * older tags (and never the other way round).
 */
public final class ReplayCommand {
    static final String ENRICHMENT_GROUP = "tidings-enrichment";
    static final String INGESTED_TOPIC = "articles.ingested";
    private static final PrintStream OUT = System.out;

    private ReplayCommand() {}

    public static void main(String[] args) {
        QuietLibraryLogs.apply();
        String bootstrap = "127.0.0.1:19092";
        String group = ENRICHMENT_GROUP;
        String topic = INGESTED_TOPIC;
        Duration wait = Duration.ofSeconds(60);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-server" -> bootstrap = value(args, ++i);
                case "--group" -> group = value(args, ++i);
                case "--topic" -> topic = value(args, ++i);
                case "--wait-seconds" -> wait = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                case "-h", "--help" -> {
                    usage(OUT);
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + args[i]);
                    usage(System.err);
                    System.exit(2);
                }
            }
        }
        try (ConsumerGroups groups = new ConsumerGroups(bootstrap)) {
            OUT.println("Waiting up to " + wait.toSeconds() + " s for group " + group + " to have no consumer...");
            groups.awaitEmpty(group, wait);
            Map<TopicPartition, long[]> moves = groups.resetToEarliest(group, topic);
            moves.forEach((partition, move) -> OUT.println("  " + partition + ": committed offset "
                    + (move[0] < 0 ? "none" : Long.toString(move[0])) + " -> " + move[1]));
            OUT.println("Group " + group + " will read " + topic + " from the start (" + groups.lag(group, topic)
                    + " records) when its consumers start again.");
        } catch (IllegalStateException e) {
            System.err.println("replay failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println(args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void usage(PrintStream out) {
        out.println("usage: deploy/local/replay.sh [--bootstrap-server HOST:PORT] [--group GROUP] [--topic TOPIC]"
                + " [--wait-seconds N]");
        out.println("  defaults: 127.0.0.1:19092 (the local stack), group " + ENRICHMENT_GROUP + ", topic "
                + INGESTED_TOPIC + ", 60 s");
        out.println("  Stop the group's consumers first; start them again afterwards (with a higher");
        out.println("  TIDINGS_ENRICHMENT_VERSION to replace the stored tags).");
    }
}
