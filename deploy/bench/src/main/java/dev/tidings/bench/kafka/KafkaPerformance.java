package dev.tidings.bench.kafka;

import dev.tidings.bench.Progress;
import dev.tidings.infra.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The broker's own limit, measured with Kafka's tools ({@code org.apache.kafka.tools.ProducerPerformance}
 * and {@code ConsumerPerformance} from the broker's jars), each as its own JVM, on a scratch topic
 * with the article topics' partition count. The producer has the services' durability settings.
 */
public final class KafkaPerformance {
    /** The producer settings: the services' (acks=all, idempotent) plus the batching of limits.md. */
    public static final List<String> PRODUCER_SETTINGS =
            List.of("acks=all", "enable.idempotence=true", "linger.ms=5", "batch.size=65536");

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec"
            + " \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th,"
            + " (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    public record ProducerFigures(
            long records,
            int recordBytes,
            double recordsPerSecond,
            double mbPerSecond,
            double avgLatencyMs,
            double p50Ms,
            double p99Ms,
            double maxLatencyMs,
            List<String> settings) {}

    /**
     * @param recordsPerSecond while fetching ({@code fetch.nMsg.sec}); the join and rebalance excluded
     * @param overallRecordsPerSecond including the group join ({@code nMsg.sec})
     */
    public record ConsumerFigures(
            long records, double recordsPerSecond, double mbPerSecond, double overallRecordsPerSecond) {}

    public record Figures(String topic, int partitions, ProducerFigures producer, ConsumerFigures consumer) {}

    private KafkaPerformance() {}

    public static Figures measure(
            String bootstrapServers,
            int partitions,
            int records,
            int recordBytes,
            Path work,
            String runId,
            Progress progress)
            throws IOException, InterruptedException {
        String topic = "bench.kafka-performance." + runId;
        Path libs = ProjectPaths.kafkaLibs();
        Files.createDirectories(work);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get(60, TimeUnit.SECONDS);
            try {
                List<String> producer = new ArrayList<>(List.of(
                        "org.apache.kafka.tools.ProducerPerformance",
                        "--topic",
                        topic,
                        "--num-records",
                        Integer.toString(records),
                        "--record-size",
                        Integer.toString(recordBytes),
                        "--throughput",
                        "-1",
                        "--producer-props",
                        "bootstrap.servers=" + bootstrapServers));
                producer.addAll(PRODUCER_SETTINGS);
                List<String> produced = tool(libs, producer, work.resolve("kafka-producer-performance.log"), progress);
                ProducerFigures producerFigures = producerFigures(produced, recordBytes);
                List<String> consumed = tool(
                        libs,
                        List.of(
                                "org.apache.kafka.tools.ConsumerPerformance",
                                "--bootstrap-server",
                                bootstrapServers,
                                "--topic",
                                topic,
                                "--messages",
                                Integer.toString(records),
                                "--group",
                                "bench-consumer-performance-" + runId,
                                "--timeout",
                                "30000"),
                        work.resolve("kafka-consumer-performance.log"),
                        progress);
                return new Figures(topic, partitions, producerFigures, consumerFigures(consumed));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("creating or deleting the scratch topic " + topic + " failed", e);
        }
    }

    /** Runs one tool as its own JVM, showing its progress lines; returns its output. */
    private static List<String> tool(Path libs, List<String> arguments, Path log, Progress progress)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProjectPaths.java(), "-Xmx512m", "-cp", libs.resolve("*").toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.contains("records sent")) {
                    progress.note("%s", line);
                }
            }
        }
        Files.write(log, lines);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(arguments.get(0) + " failed; see " + log);
        }
        return lines;
    }

    static ProducerFigures producerFigures(List<String> output, int recordBytes) {
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher m = PRODUCER_SUMMARY.matcher(output.get(i));
            if (m.find()) {
                return new ProducerFigures(
                        Long.parseLong(m.group(1)),
                        recordBytes,
                        Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)),
                        Double.parseDouble(m.group(6)),
                        Double.parseDouble(m.group(8)),
                        Double.parseDouble(m.group(5)),
                        PRODUCER_SETTINGS);
            }
        }
        throw new IllegalStateException("no summary line in ProducerPerformance's output: " + output);
    }

    /** ConsumerPerformance prints a header line of comma-separated names, then one line of values. */
    static ConsumerFigures consumerFigures(List<String> output) {
        for (int i = 0; i + 1 < output.size(); i++) {
            if (output.get(i).startsWith("start.time")) {
                String[] names = output.get(i).split(",\\s*");
                String[] values = output.get(i + 1).split(",\\s*");
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < Math.min(names.length, values.length); c++) {
                    row.put(names[c].trim(), values[c].trim());
                }
                return new ConsumerFigures(
                        Math.round(Double.parseDouble(row.get("data.consumed.in.nMsg"))),
                        Double.parseDouble(row.get("fetch.nMsg.sec")),
                        Double.parseDouble(row.get("fetch.MB.sec")),
                        Double.parseDouble(row.get("nMsg.sec")));
            }
        }
        throw new IllegalStateException("no statistics in ConsumerPerformance's output: " + output);
    }
}
