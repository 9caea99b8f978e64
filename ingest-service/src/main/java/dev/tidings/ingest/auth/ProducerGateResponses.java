package dev.tidings.ingest.auth;

import dev.tidings.http.Problem;
import dev.tidings.ingest.article.ArticleResource;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The 401 and 403 that {@link ProducerGate} answers for every operation that takes the producer key,
 * described once here rather than in each resource's annotations: annotations cannot share a
 * response between methods. Runs at build time, so that the stored document has them too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProducerGateResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (needsTheProducerKey(operation) && operation.getResponses() != null) {
            addAfterBadRequest(operation.getResponses(), gateResponses());
        }
        return operation;
    }

    private static boolean needsTheProducerKey(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.hasScheme(ArticleResource.PRODUCER_KEY));
    }

    /** Right after the operation's own 400: the gate answers before the body is read. */
    private static void addAfterBadRequest(APIResponses responses, Map<String, APIResponse> added) {
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((status, response) -> {
            ordered.put(status, response);
            if ("400".equals(status)) {
                ordered.putAll(added);
            }
        });
        added.forEach(ordered::putIfAbsent);
        responses.setAPIResponses(ordered);
    }

    private static Map<String, APIResponse> gateResponses() {
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        responses.put(
                "401",
                problem(
                        "No 'Authorization: Bearer <key>' header, or a malformed one",
                        Map.of(
                                "WWW-Authenticate",
                                OASFactory.createHeader()
                                        .description(ProducerGate.CHALLENGE)
                                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)))));
        responses.put("403", problem("A key ingest does not know", Map.of()));
        return responses;
    }

    /** Description, headers, content: the order the annotations give, so that the document reads alike. */
    private static APIResponse problem(String description, Map<String, Header> headers) {
        return OASFactory.createAPIResponse()
                .description(description)
                .headers(headers.isEmpty() ? null : headers)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(Problem.class.getSimpleName()))));
    }
}
