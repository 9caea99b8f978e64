package dev.tidings.query.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of {@code GET /v1/facets}, checked.
 *
 * @param dimensions in the order asked, without repeats
 */
public record FacetRequest(SearchFilter filter, List<FacetDimension> dimensions, int size) {
    public static final String FACET = "facet";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    private static final Set<String> KNOWN = known();
    private static final Set<String> REPEATABLE = repeatable();

    /** @throws dev.tidings.query.problem.ProblemException naming every invalid or unknown parameter */
    public static FacetRequest parse(Map<String, List<String>> parameters) {
        ParameterReader reader = new ParameterReader(parameters, KNOWN, REPEATABLE);
        SearchFilter filter = SearchFilter.read(reader);
        List<FacetDimension> dimensions = new ArrayList<>();
        for (String value : reader.all(FACET)) {
            for (String name : value.split(",", -1)) {
                FacetDimension dimension = FacetDimension.of(name.strip());
                if (dimension == null) {
                    reader.reject(
                            FACET,
                            "must be among topic, country, person, organization, source, language, story;"
                                    + " comma-separated or repeated");
                } else if (!dimensions.contains(dimension)) {
                    dimensions.add(dimension);
                }
            }
        }
        if (dimensions.isEmpty() && !reader.hasErrors()) {
            reader.reject(
                    FACET,
                    "is required: one or more of topic, country, person, organization, source, language," + " story");
        }
        int size = reader.limit(SIZE, DEFAULT_SIZE, MAX_SIZE);
        reader.finish();
        return new FacetRequest(filter, List.copyOf(dimensions), size);
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>(SearchFilter.PARAMETERS);
        known.addAll(Set.of(FACET, SIZE));
        return Set.copyOf(known);
    }

    private static Set<String> repeatable() {
        Set<String> repeatable = new HashSet<>(SearchFilter.REPEATABLE);
        repeatable.add(FACET);
        return Set.copyOf(repeatable);
    }
}
