package dev.tidings.query.search;

import dev.tidings.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of matching articles by topic, country, entity, source or language. */
@Path("/v1/facets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Facets, entity suggestions and the stream of stored articles")
@SecurityRequirements
public class FacetResource {
    private final ArticleSearchRepository search;

    public FacetResource(ArticleSearchRepository search) {
        this.search = search;
    }

    @GET
    @Operation(
            operationId = SearchFilterParameters.COUNT_FACETS,
            summary = "Facet counts of a search",
            description = "Takes q and the filters of GET /v1/articles. The counts of a facet ignore the filter on"
                    + " that facet itself, so that its other values can be offered as alternatives.")
    @Parameter(
            name = FacetRequest.FACET,
            in = ParameterIn.QUERY,
            required = true,
            description = "topic, country, person, organization, source, language, story (the story id, labelled"
                    + " with its title); comma-separated or repeated",
            schema = @Schema(type = SchemaType.ARRAY, implementation = FacetDimension.Name.class))
    @Parameter(
            name = FacetRequest.SIZE,
            in = ParameterIn.QUERY,
            description = "Values per facet, 1 to 50; 10 when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
    @APIResponse(
            responseCode = "200",
            description = "The most frequent values of each facet",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FacetPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "An invalid or unknown parameter; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FacetPage> facets(@Context UriInfo uri) {
        FacetRequest request = FacetRequest.parse(uri.getQueryParameters());
        return search.facets(request)
                .call(counts -> counts.facets().values().stream().allMatch(List::isEmpty)
                                && request.filter().hasQuery()
                        ? search.hasNoSearchableWord(request.filter().q()).invoke(QueryWords::refuseIfEmpty)
                        : Uni.createFrom().voidItem())
                .map(counts -> {
                    Map<String, List<FacetValue>> named = new LinkedHashMap<>();
                    counts.facets().forEach((dimension, values) -> named.put(dimension.parameter(), values));
                    return new FacetPage(named, counts.countedFrom());
                });
    }
}
