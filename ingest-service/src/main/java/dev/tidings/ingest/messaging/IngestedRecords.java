package dev.tidings.ingest.messaging;

import dev.tidings.events.ArticleIngested;
import dev.tidings.events.CloudEventTypes;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka record of an {@link ArticleIngested} event as a batch sends it straight to the producer:
 * keyed by id, with the CloudEvents attributes in binary mode as the connector writes them for a
 * single post ({@code ce_specversion}, {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code
 * ce_subject}, {@code ce_time} in ISO-8601 with offset, {@code content-type} and {@code
 * ce_datacontenttype}), and the batch request's trace context ({@code traceparent}) when a span is
 * current: every article of the batch continues the trace of its POST.
 */
@ApplicationScoped
public class IngestedRecords {
    private static final TextMapSetter<Headers> HEADER =
            (headers, name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8));

    private final String topic;
    private final OpenTelemetry openTelemetry;

    public IngestedRecords(
            @ConfigProperty(name = "mp.messaging.outgoing." + IngestedPublisher.CHANNEL + ".topic") String topic,
            OpenTelemetry openTelemetry) {
        this.topic = topic;
        this.openTelemetry = openTelemetry;
    }

    public String topic() {
        return topic;
    }

    ProducerRecord<Object, Object> of(ArticleIngested event, byte[] json, Context trace) {
        String key = event.id().toString();
        Headers headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", CloudEventTypes.eventId(event.id(), event.version()));
        header(headers, "ce_type", CloudEventTypes.ARTICLE_INGESTED);
        header(headers, "ce_source", CloudEventTypes.INGEST_SOURCE);
        header(headers, "content-type", "application/json");
        header(headers, "ce_datacontenttype", "application/json");
        header(headers, "ce_subject", key);
        header(
                headers,
                "ce_time",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.ingestedAt().atZone(ZoneOffset.UTC)));
        openTelemetry.getPropagators().getTextMapPropagator().inject(trace, headers, HEADER);
        return new ProducerRecord<>(topic, null, key, json, headers);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
