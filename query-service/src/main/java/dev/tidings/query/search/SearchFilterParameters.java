package dev.tidings.query.search;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

/**
 * The query parameters of {@link SearchFilter}, described once in the API document's components and
 * referred to by the operations that take them (search, facets, stream; the stories list takes
 * {@link SearchFilter#STORY_FILTERS}): annotations cannot
 * share a list of parameters between methods. Runs at build time, so that the stored document has
 * them too. {@code OpenApiDocumentTests} checks that they are exactly the parameters the filter reads.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SearchFilterParameters implements OASFilter {
    public static final String SEARCH_ARTICLES = "searchArticles";
    public static final String COUNT_FACETS = "countFacets";
    public static final String STREAM_ARTICLES = "streamArticles";
    public static final String LIST_STORIES = "listStories";
    static final Set<String> OPERATIONS = Set.of(SEARCH_ARTICLES, COUNT_FACETS, STREAM_ARTICLES);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Parameter> parameters = parameters();
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        parameters.forEach(components::addParameter);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (OPERATIONS.contains(operation.getOperationId())) {
                        refer(operation, parameters.keySet());
                    } else if (LIST_STORIES.equals(operation.getOperationId())) {
                        refer(
                                operation,
                                parameters.keySet().stream()
                                        .filter(SearchFilter.STORY_FILTERS::contains)
                                        .collect(java.util.stream.Collectors.toCollection(
                                                java.util.LinkedHashSet::new)));
                    }
                }));
    }

    /** The filter's parameters first, in the order of the search page's form, then the operation's own. */
    private static void refer(Operation operation, Set<String> names) {
        List<Parameter> all = new ArrayList<>();
        for (String name : names) {
            all.add(OASFactory.createParameter().ref(name));
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        operation.setParameters(all);
    }

    static Map<String, Parameter> parameters() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        add(
                parameters,
                SearchFilter.Q,
                "Words, \"a phrase\", a OR b, -excluded (web-search syntax); at most " + SearchFilter.MAX_Q_LENGTH
                        + " characters",
                text().maxLength(SearchFilter.MAX_Q_LENGTH));
        add(
                parameters,
                SearchFilter.PERSON,
                "A person's name, alias or entity id (such as wikipedia:Angela_Merkel); repeat for alternatives",
                repeated(name()));
        add(parameters, SearchFilter.ORGANIZATION, "As person, for organizations", repeated(name()));
        add(parameters, SearchFilter.LOCATION, "As person, for places", repeated(name()));
        add(
                parameters,
                SearchFilter.COUNTRY,
                "ISO 3166-1 alpha-2 code, any case; repeatable",
                repeated(text().pattern("^[A-Za-z]{2}$")));
        add(
                parameters,
                SearchFilter.TOPIC,
                "IPTC media topic code such as medtop:11000000; repeatable",
                repeated(text().pattern("^medtop:[0-9]{8}$")));
        add(
                parameters,
                SearchFilter.LANGUAGE,
                "ISO 639-1 code such as en, or und; repeatable",
                repeated(text().pattern("^[a-z]{2,3}$")));
        add(parameters, SearchFilter.SOURCE, "Source name, any case; repeatable", repeated(name()));
        add(
                parameters,
                SearchFilter.FROM,
                "Published at or after: an ISO-8601 date-time with offset, or a date",
                text().example("2025-04-01"));
        add(
                parameters,
                SearchFilter.TO,
                "Published at or before: an ISO-8601 date-time with offset, or a date, which includes the day",
                text().example("2025-04-30"));
        add(
                parameters,
                SearchFilter.STORY,
                "A story id (GET /v1/stories): its articles; repeatable",
                repeated(text().format("uuid")));
        add(
                parameters,
                SearchFilter.MIN_TONE,
                "Articles whose tone score is at least this",
                OASFactory.createSchema().addType(SchemaType.NUMBER));
        add(
                parameters,
                SearchFilter.MAX_TONE,
                "Articles whose tone score is at most this",
                OASFactory.createSchema().addType(SchemaType.NUMBER));
        add(
                parameters,
                SearchFilter.INCLUDE_DUPLICATES,
                "Also list articles known to duplicate another",
                OASFactory.createSchema().addType(SchemaType.BOOLEAN).defaultValue(false));
        return parameters;
    }

    private static void add(Map<String, Parameter> parameters, String name, String description, Schema schema) {
        parameters.put(
                name,
                OASFactory.createParameter()
                        .name(name)
                        .in(In.QUERY)
                        .description(description)
                        .schema(schema));
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema name() {
        return text().minLength(1).maxLength(SearchFilter.MAX_VALUE_LENGTH);
    }

    /** Repeated (country=KP&amp;country=KR), up to the filter's limit of values. */
    private static Schema repeated(Schema item) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(item).maxItems(SearchFilter.MAX_VALUES);
    }
}
