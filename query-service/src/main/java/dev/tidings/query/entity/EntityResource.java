package dev.tidings.query.entity;

import dev.tidings.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Autocomplete over the entities of stored articles. */
@Path("/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Facets, entity suggestions and the stream of stored articles")
@SecurityRequirements
public class EntityResource {
    private final EntityDirectory directory;

    public EntityResource(EntityDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(
            operationId = "suggestEntities",
            summary = "Entities whose name or alias starts with a prefix",
            description = "Case-insensitive; most mentioned (in articles) first.")
    @Parameter(
            name = EntitySuggestRequest.PREFIX,
            in = ParameterIn.QUERY,
            required = true,
            description = "The start of a name or alias, 1 to 100 characters",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
    @Parameter(
            name = EntitySuggestRequest.TYPE,
            in = ParameterIn.QUERY,
            description = "Only entities of this type",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"person", "organization", "location", "misc"}))
    @Parameter(
            name = EntitySuggestRequest.LIMIT,
            in = ParameterIn.QUERY,
            description = "Entities at most, 1 to 50; 10 when absent",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
    @APIResponse(
            responseCode = "200",
            description = "Matching entities",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EntitySuggestion.class)))
    @APIResponse(
            responseCode = "400",
            description = "A missing prefix, or an invalid or unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<EntitySuggestion>> suggest(@Context UriInfo uri) {
        EntitySuggestRequest request = EntitySuggestRequest.parse(uri.getQueryParameters());
        return directory.suggest(
                request.prefix(), request.type() == null ? null : request.type().name(), request.limit());
    }
}
