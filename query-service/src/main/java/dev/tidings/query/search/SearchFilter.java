package dev.tidings.query.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a client searches for: the full-text query and the filters. Shared by the search, the facets
 * and the stream, so that the three agree on what matches. Several values of one filter are
 * alternatives (OR); different filters must all hold (AND).
 *
 * @param q web-search syntax for {@code websearch_to_tsquery}; null for no full-text condition
 * @param countries ISO 3166-1 alpha-2, upper case
 * @param topics IPTC media topic codes ({@code medtop:…})
 * @param sources compared case-insensitively
 * @param from inclusive, on the article's time (publication, or first ingestion when undated)
 * @param to inclusive
 * @param stories story ids ({@code GET /v1/stories}): the articles of these stories
 */
public record SearchFilter(
        String q,
        List<String> persons,
        List<String> organizations,
        List<String> locations,
        List<String> countries,
        List<String> topics,
        List<String> languages,
        List<String> sources,
        Instant from,
        Instant to,
        Double minTone,
        Double maxTone,
        boolean includeDuplicates,
        List<java.util.UUID> stories) {

    /** A filter without a story condition. */
    public SearchFilter(
            String q,
            List<String> persons,
            List<String> organizations,
            List<String> locations,
            List<String> countries,
            List<String> topics,
            List<String> languages,
            List<String> sources,
            Instant from,
            Instant to,
            Double minTone,
            Double maxTone,
            boolean includeDuplicates) {
        this(
                q,
                persons,
                organizations,
                locations,
                countries,
                topics,
                languages,
                sources,
                from,
                to,
                minTone,
                maxTone,
                includeDuplicates,
                List.of());
    }

    public static final String Q = "q";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String LOCATION = "location";
    public static final String COUNTRY = "country";
    public static final String TOPIC = "topic";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String MIN_TONE = "minTone";
    public static final String MAX_TONE = "maxTone";
    public static final String INCLUDE_DUPLICATES = "includeDuplicates";
    public static final String STORY = "story";

    /** Every filter parameter, and those that may be repeated. */
    public static final Set<String> PARAMETERS = Set.of(
            Q,
            PERSON,
            ORGANIZATION,
            LOCATION,
            COUNTRY,
            TOPIC,
            LANGUAGE,
            SOURCE,
            FROM,
            TO,
            MIN_TONE,
            MAX_TONE,
            INCLUDE_DUPLICATES,
            STORY);

    /**
     * The filters of {@code GET /v1/stories}: those that describe an article's subject, source and
     * time. A story matches when one of its articles does.
     */
    public static final Set<String> STORY_FILTERS =
            Set.of(Q, PERSON, ORGANIZATION, LOCATION, COUNTRY, TOPIC, LANGUAGE, SOURCE, FROM, TO);

    public static final Set<String> REPEATABLE =
            Set.of(PERSON, ORGANIZATION, LOCATION, COUNTRY, TOPIC, LANGUAGE, SOURCE, STORY);

    public static final SearchFilter NONE = new SearchFilter(
            null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
            false);

    static final int MAX_Q_LENGTH = 500;
    static final int MAX_VALUES = 20;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern TOPIC_CODE = Pattern.compile("medtop:[0-9]{8}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Reads the filter parameters, reporting each invalid one to {@code reader}. */
    public static SearchFilter read(ParameterReader reader) {
        String q = reader.single(Q);
        if (q != null) {
            q = q.strip();
            if (q.isEmpty()) {
                // An empty search box means no full-text condition, as if q were absent.
                q = null;
            } else if (q.length() > MAX_Q_LENGTH) {
                reader.reject(Q, "must be at most " + MAX_Q_LENGTH + " characters");
            } else if (CONTROL.matcher(q).find()) {
                reader.reject(Q, "must not contain control characters");
            }
        }
        List<String> countries = codes(reader, COUNTRY, COUNTRY_CODE, "an ISO 3166-1 alpha-2 code such as KP");
        List<String> topics = codes(reader, TOPIC, TOPIC_CODE, "an IPTC media topic code such as medtop:11000000");
        List<String> languages = codes(reader, LANGUAGE, LANGUAGE_CODE, "an ISO 639-1 code such as en, or und");
        Instant from = instant(reader, FROM, false);
        Instant to = instant(reader, TO, true);
        if (from != null && to != null && from.isAfter(to)) {
            reader.reject(TO, "must not be before from");
        }
        Double minTone = number(reader, MIN_TONE);
        Double maxTone = number(reader, MAX_TONE);
        if (minTone != null && maxTone != null && minTone > maxTone) {
            reader.reject(MAX_TONE, "must not be below minTone");
        }
        return new SearchFilter(
                q,
                names(reader, PERSON),
                names(reader, ORGANIZATION),
                names(reader, LOCATION),
                countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                topics,
                languages,
                names(reader, SOURCE),
                from,
                to,
                minTone,
                maxTone,
                bool(reader, INCLUDE_DUPLICATES),
                stories(reader));
    }

    public boolean hasQuery() {
        return q != null;
    }

    /**
     * The same filter with near-duplicates included: the stream sends a story's growth to clients
     * whose filter a near-duplicate joining it matches, even when they asked for no duplicates.
     */
    public SearchFilter withDuplicates() {
        return new SearchFilter(
                q,
                persons,
                organizations,
                locations,
                countries,
                topics,
                languages,
                sources,
                from,
                to,
                minTone,
                maxTone,
                true,
                stories);
    }

    /** The same filter without one dimension's condition: facet counts for that dimension ignore it. */
    public SearchFilter without(FacetDimension dimension) {
        return new SearchFilter(
                q,
                dimension == FacetDimension.PERSON ? List.of() : persons,
                dimension == FacetDimension.ORGANIZATION ? List.of() : organizations,
                locations,
                dimension == FacetDimension.COUNTRY ? List.of() : countries,
                dimension == FacetDimension.TOPIC ? List.of() : topics,
                dimension == FacetDimension.LANGUAGE ? List.of() : languages,
                dimension == FacetDimension.SOURCE ? List.of() : sources,
                from,
                to,
                minTone,
                maxTone,
                includeDuplicates,
                dimension == FacetDimension.STORY ? List.of() : stories);
    }

    /**
     * The same filter over the articles at or after {@code start} only (a recency window), unless its
     * own {@code from} is later already.
     */
    public SearchFilter since(Instant start) {
        if (start == null || (from != null && !from.isBefore(start))) {
            return this;
        }
        return new SearchFilter(
                q,
                persons,
                organizations,
                locations,
                countries,
                topics,
                languages,
                sources,
                start,
                to,
                minTone,
                maxTone,
                includeDuplicates,
                stories);
    }

    /**
     * The filter in one canonical text: equal for filters that match the same articles whatever the
     * order of repeated values. A cursor carries a hash of it, to be refused with another query.
     */
    public String canonical() {
        return String.join(
                        "\u001f",
                        String.valueOf(q),
                        sorted(persons),
                        sorted(organizations),
                        sorted(locations),
                        sorted(countries),
                        sorted(topics),
                        sorted(languages),
                        sorted(sources),
                        String.valueOf(from),
                        String.valueOf(to),
                        String.valueOf(minTone),
                        String.valueOf(maxTone),
                        String.valueOf(includeDuplicates))
                // Only when given, so that the cursors of queries without it stay valid.
                + (stories.isEmpty()
                        ? ""
                        : "\u001f"
                                + sorted(stories.stream().map(String::valueOf).toList()));
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static List<java.util.UUID> stories(ParameterReader reader) {
        List<java.util.UUID> values = new ArrayList<>();
        for (String value : reader.all(STORY)) {
            if (UUID_TEXT.matcher(value).matches()) {
                values.add(java.util.UUID.fromString(value));
            } else {
                reader.reject(STORY, "must be a story id (a UUID)");
            }
        }
        if (values.size() > MAX_VALUES) {
            reader.reject(STORY, "must be given at most " + MAX_VALUES + " times");
        }
        return List.copyOf(values);
    }

    private static String sorted(List<String> values) {
        TreeSet<String> set = new TreeSet<>();
        values.forEach(v -> set.add(v.toLowerCase(Locale.ROOT)));
        return String.join("\u001e", set);
    }

    private static List<String> names(ParameterReader reader, String name) {
        List<String> values = new ArrayList<>();
        for (String value : reader.all(name)) {
            String text = value.strip();
            if (text.isEmpty()
                    || text.length() > MAX_VALUE_LENGTH
                    || CONTROL.matcher(text).find()) {
                reader.reject(name, "must be a name or id of 1 to " + MAX_VALUE_LENGTH + " characters");
            } else {
                values.add(text);
            }
        }
        return capped(reader, name, values);
    }

    private static List<String> codes(ParameterReader reader, String name, Pattern pattern, String shape) {
        List<String> values = new ArrayList<>();
        for (String value : reader.all(name)) {
            if (pattern.matcher(value).matches()) {
                values.add(value);
            } else {
                reader.reject(name, "must be " + shape);
            }
        }
        return capped(reader, name, values);
    }

    private static List<String> capped(ParameterReader reader, String name, List<String> values) {
        if (values.size() > MAX_VALUES) {
            reader.reject(name, "must be given at most " + MAX_VALUES + " times");
        }
        return List.copyOf(values);
    }

    /**
     * An ISO-8601 date-time with offset, or a date: a date means the start of that day (UTC) for
     * {@code from}, and its end for {@code to}, so that {@code from=to=2026-11-24} is that whole day.
     */
    private static Instant instant(ParameterReader reader, String name, boolean endOfDay) {
        String text = reader.single(name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                LocalDate day = LocalDate.parse(text);
                return endOfDay
                        ? day.plusDays(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .minusNanos(1_000)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                reader.reject(
                        name,
                        "must be an ISO-8601 date-time with offset (2026-11-24T06:30:00Z) or a date (2026-11-24)");
                return null;
            }
        }
    }

    private static Double number(ParameterReader reader, String name) {
        String text = reader.single(name);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reader.reject(name, "must be a number, such as -2.5");
        return null;
    }

    private static boolean bool(ParameterReader reader, String name) {
        String text = reader.single(name);
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        reader.reject(name, "must be true or false");
        return false;
    }
}
