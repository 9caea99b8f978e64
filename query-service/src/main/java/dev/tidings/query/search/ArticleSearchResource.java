package dev.tidings.query.search;

import dev.tidings.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The list of stored articles: full-text search, filters, sort and paging. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Enriched articles, as stored")
// A public, read-only API: an empty security list says so, rather than leaving it unsaid.
@SecurityRequirements
public class ArticleSearchResource {
    private final ArticleSearchRepository search;
    private final CursorCodec cursors;

    public ArticleSearchResource(ArticleSearchRepository search, CursorCodec cursors) {
        this.search = search;
        this.cursors = cursors;
    }

    @GET
    @Operation(
            operationId = SearchFilterParameters.SEARCH_ARTICLES,
            summary = "Search articles",
            description = "Full text (q, web-search syntax) and filters; several values of one filter are"
                    + " alternatives, different filters must all hold. Without q, newest first. Page with the"
                    + " opaque nextCursor, which only works with the same query: articles stored meanwhile never"
                    + " make a page skip or repeat one.")
    // q and the filters: SearchFilterParameters documents them, once for the three operations that take them.
    @Parameter(
            name = SearchRequest.SORT,
            in = ParameterIn.QUERY,
            description = "relevance (the default with q), newest (the default without), oldest",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"relevance", "newest", "oldest"}))
    @Parameter(
            name = SearchRequest.LIMIT,
            in = ParameterIn.QUERY,
            description = "Articles per page, 1 to 100; 20 when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(
            name = SearchRequest.CURSOR,
            in = ParameterIn.QUERY,
            description = "The nextCursor of the previous page of the same query",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "One page",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(
            responseCode = "400",
            description = "An invalid or unknown parameter, a cursor of another query, or a q with no word to"
                    + " search for; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticlePage> list(@Context UriInfo uri) {
        SearchRequest request = SearchRequest.parse(uri.getQueryParameters(), cursors);
        return search.search(request, cursors)
                .call(page -> page.items().isEmpty() && request.filter().hasQuery()
                        ? search.hasNoSearchableWord(request.filter().q()).invoke(QueryWords::refuseIfEmpty)
                        : Uni.createFrom().voidItem());
    }
}
