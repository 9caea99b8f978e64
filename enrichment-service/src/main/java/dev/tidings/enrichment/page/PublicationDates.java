package dev.tidings.enrichment.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the dates pages write in their metadata: ISO 8601 with or without seconds, fraction, offset
 * (with or without a colon) or time, and the RFC 1123 form of HTTP headers. A date without an offset
 * is taken as UTC, a date without a time as its midnight UTC.
 */
final class PublicationDates {

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private PublicationDates() {}

    /** The instant, or null for a text that is no date this reads. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.length() < 10 || value.length() > 64) {
            return null;
        }
        try {
            TemporalAccessor parsed = ISO_LENIENT.parse(value);
            LocalDate date = LocalDate.from(parsed);
            if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            LocalDateTime dateTime = LocalDateTime.of(
                    date,
                    java.time.LocalTime.of(
                            parsed.get(ChronoField.HOUR_OF_DAY),
                            parsed.get(ChronoField.MINUTE_OF_HOUR),
                            parsed.isSupported(ChronoField.SECOND_OF_MINUTE)
                                    ? parsed.get(ChronoField.SECOND_OF_MINUTE)
                                    : 0,
                            parsed.isSupported(ChronoField.NANO_OF_SECOND)
                                    ? parsed.get(ChronoField.NANO_OF_SECOND)
                                    : 0));
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return dateTime.toInstant(offset);
        } catch (java.time.DateTimeException e) {
            // Not ISO: try the HTTP form below.
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
