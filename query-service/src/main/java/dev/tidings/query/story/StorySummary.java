package dev.tidings.query.story;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A story as lists and articles show it.
 *
 * @param title its most representative headline: the one whose embedding is nearest the story's mean
 *     (the first article's, without embeddings)
 * @param firstSeenAt the earliest article's publication time (ingestion time when it has none)
 * @param lastSeenAt the latest article's
 */
@Schema(name = "Story", description = "The articles of several sources about one event")
public record StorySummary(UUID id, String title, int size, Instant firstSeenAt, Instant lastSeenAt) {}
