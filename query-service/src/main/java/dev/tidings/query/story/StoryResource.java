package dev.tidings.query.story;

import dev.tidings.http.Problem;
import dev.tidings.http.ProblemException;
import dev.tidings.query.search.ParameterReader;
import dev.tidings.query.search.SearchFilter;
import dev.tidings.query.search.SearchFilterParameters;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stories: the articles of several sources about one event, grouped as they are stored. */
@Path("/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Articles grouped by the event they report")
// Public and read-only, as the article routes: an empty security list says so.
@SecurityRequirements
public class StoryResource {
    static final String SORT = "sort";
    static final String LIMIT = "limit";
    static final String CURSOR = "cursor";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final StoryRepository stories;

    public StoryResource(StoryRepository stories) {
        this.stories = stories;
    }

    @GET
    @Operation(
            operationId = SearchFilterParameters.LIST_STORIES,
            summary = "List stories",
            description = "The stories with at least one article (duplicates included) that the filters match; the"
                    + " filters read as on GET /v1/articles. newest: the latest started first; recent: the latest"
                    + " active first; size: the largest first; trending: the fastest growing first against the"
                    + " story's own past, r / (1 + p / 12) where r is the number of its articles (by publication"
                    + " time, else ingestion time) in the last 6 hours and p the number in the 72 hours before"
                    + " those, rounded to 6 decimals; only stories with an article in the last 6 hours are"
                    + " trending. The scores are taken at the time of the first page and its cursor keeps that"
                    + " time. Page with nextCursor; ties go to the later started story.")
    @Parameter(
            name = SORT,
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"newest", "recent", "size", "trending"},
                            defaultValue = "recent"))
    @Parameter(
            name = LIMIT,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(
            name = CURSOR,
            in = ParameterIn.QUERY,
            description = "The nextCursor of the previous page, same sort and filters",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StoryPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "An invalid or unknown parameter; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StoryPage> list(@Context UriInfo uri) {
        Set<String> known = new HashSet<>(SearchFilter.STORY_FILTERS);
        known.addAll(Set.of(SORT, LIMIT, CURSOR));
        Set<String> repeatable = new HashSet<>(SearchFilter.REPEATABLE);
        repeatable.retainAll(SearchFilter.STORY_FILTERS);
        ParameterReader parameters = new ParameterReader(uri.getQueryParameters(), known, repeatable);
        SearchFilter filter = SearchFilter.read(parameters);
        String sortText = parameters.single(SORT);
        StorySort sort = sortText == null ? StorySort.RECENT : StorySort.of(sortText);
        if (sort == null) {
            parameters.reject(SORT, "must be one of newest, recent, size, trending");
        }
        int limit = parameters.limit(LIMIT, 20, 100);
        parameters.finish();
        return stories.list(filter, sort, limit, parameters.single(CURSOR));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getStory",
            summary = "A story with its articles, newest first",
            description = "With the story's most named entities and its countries (at most 10 each, with how"
                    + " many of its articles have them) and its timeline: articles per hour (UTC, by publication"
                    + " time, else ingestion time), hours without an article left out. These count every"
                    + " article of the story and come with every page of articles.")
    @Parameter(
            name = LIMIT,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(
            name = CURSOR,
            in = ParameterIn.QUERY,
            description = "The nextCursor of the previous page",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The story and a page of its articles",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StoryDetail.class)))
    @APIResponse(
            responseCode = "400",
            description = "The id is not a UUID, or a parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No story has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StoryDetail> get(
            @Parameter(
                            description = "The story id (a UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Context UriInfo uri) {
        ParameterReader parameters = new ParameterReader(uri.getQueryParameters(), Set.of(LIMIT, CURSOR), Set.of());
        if (!UUID_TEXT.matcher(id).matches()) {
            parameters.reject("id", "must be a UUID");
        }
        int limit = parameters.limit(LIMIT, 20, 100);
        parameters.finish();
        UUID storyId = UUID.fromString(id);
        return stories.find(storyId, limit, parameters.single(CURSOR)).map(story -> {
            if (story == null) {
                throw ProblemException.notFound("No story has id " + storyId + ".");
            }
            return story;
        });
    }
}
