package dev.tidings.query.article;

import dev.tidings.query.problem.Problem;
import dev.tidings.query.problem.ProblemException;
import dev.tidings.query.search.ArticlePage;
import dev.tidings.query.search.CursorCodec;
import dev.tidings.query.search.ListRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only access to stored articles. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Enriched articles, as stored")
public class ArticleResource {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ArticleRepository articles;
    private final CursorCodec cursors;

    public ArticleResource(ArticleRepository articles, CursorCodec cursors) {
        this.articles = articles;
        this.cursors = cursors;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its tags")
    @APIResponse(
            responseCode = "200",
            description = "The stored article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticleView> get(
            @Parameter(
                            description = "The article id (a UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        // Taken as text so that a malformed id is a 400 naming it, not a 404.
        if (!UUID_TEXT.matcher(id).matches()) {
            throw ProblemException.invalid("id", "must be a UUID");
        }
        UUID articleId = UUID.fromString(id);
        return articles.findById(articleId).map(article -> {
            if (article == null) {
                throw ProblemException.notFound("No article has id " + articleId + ".");
            }
            return ArticleView.from(article);
        });
    }

    @GET
    @Operation(
            summary = "Articles, newest first",
            description = "Newest by publication time, or by first ingestion when undated. Page with the opaque"
                    + " nextCursor: articles stored meanwhile never make a page skip or repeat one.")
    @Parameter(
            name = ListRequest.LIMIT,
            in = ParameterIn.QUERY,
            description = "Articles per page, 1 to 100; 20 when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(
            name = ListRequest.CURSOR,
            in = ParameterIn.QUERY,
            description = "The nextCursor of the previous page",
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
            description = "An invalid limit or cursor, or an unknown query parameter; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ArticlePage> list(@Context UriInfo uri) {
        ListRequest request = ListRequest.parse(uri.getQueryParameters(), cursors);
        return articles.listNewestFirst(request.after(), request.limit() + 1)
                .map(rows -> ArticlePage.of(rows, request.limit(), cursors));
    }
}
