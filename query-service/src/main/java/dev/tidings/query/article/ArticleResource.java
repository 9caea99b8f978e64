package dev.tidings.query.article;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidings.events.ArticleEnriched;
import dev.tidings.http.Problem;
import dev.tidings.http.ProblemException;
import dev.tidings.query.search.ParameterReader;
import dev.tidings.query.story.StorySummary;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One stored article; the list and search of them is {@code ArticleSearchResource}'s. */
@Path("/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Enriched articles, as stored")
@SecurityRequirements
public class ArticleResource {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ArticleRepository articles;

    public ArticleResource(ArticleRepository articles) {
        this.articles = articles;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle", summary = "An article with its tags")
    @APIResponse(
            responseCode = "200",
            description = "The stored article",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            name = "Article",
                                            description =
                                                    "The enriched article as stored: the ArticleEnriched"
                                                            + " event, with the fields newer enrichers add, duplicateOf and story",
                                            allOf = {ArticleEnriched.class, DuplicateMark.class})))
    @APIResponse(
            responseCode = "400",
            description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ObjectNode> get(
            @Parameter(
                            description = "The article id (a UUID)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Context UriInfo uri) {
        ParameterReader.requireNone(uri.getQueryParameters());
        // Taken as text so that a malformed id is a 400 naming it, not a 404.
        if (!UUID_TEXT.matcher(id).matches()) {
            throw ProblemException.invalid("id", "must be a UUID");
        }
        UUID articleId = UUID.fromString(id);
        return articles.findById(articleId).map(article -> {
            if (article == null) {
                throw ProblemException.notFound("No article has id " + articleId + ".");
            }
            return article;
        });
    }

    /** What the API adds to the event: the near-duplicate mark and the story. */
    @Schema(name = "DuplicateMark")
    record DuplicateMark(
            @Schema(nullable = true, description = "The article this one duplicates, when known")
            UUID duplicateOf,

            @Schema(nullable = true, description = "The story of the article: GET /v1/stories/{id}")
            StorySummary story) {}
}
