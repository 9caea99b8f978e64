package dev.tidings.query.stream;

import dev.tidings.http.Problem;
import dev.tidings.query.search.ParameterReader;
import dev.tidings.query.search.SearchFilter;
import dev.tidings.query.search.SearchFilterParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;
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

/** Articles as they are stored or updated, and the stories they start or grow, as Server-Sent Events. */
@Path("/v1/stream")
@Tag(name = "Search", description = "Facets, entity suggestions and the stream of stored articles")
@SecurityRequirements
public class StreamResource {
    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");

    private final StoredArticleFeed feed;

    public StreamResource(StoredArticleFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            operationId = SearchFilterParameters.STREAM_ARTICLES,
            summary = "Stored articles as they arrive",
            description = "Takes q and the filters of GET /v1/articles. Each matching article stored or updated"
                    + " from now on is an event 'article' whose id is its store number and whose data is an"
                    + " ArticleHit; an article that started or joined a story is followed by an event 'story' (no id)"
                    + " whose data is that Story {id, title, size, firstSeenAt, lastSeenAt} as read after the"
                    + " commit. Send Last-Event-ID to get those stored since first (at most 1,000). Comment"
                    + " lines keep an idle stream alive. A client that falls too far behind gets 'dropped' and is"
                    + " closed.")
    @Parameter(
            name = LAST_EVENT_ID,
            in = ParameterIn.HEADER,
            description = "Resume after this event id (what EventSource sends when it reconnects)",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$"))
    @APIResponse(
            responseCode = "200",
            description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "An invalid or unknown parameter, or a Last-Event-ID that is not an event id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(
            @Context UriInfo uri,
            @HeaderParam(LAST_EVENT_ID) String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        ParameterReader reader =
                new ParameterReader(uri.getQueryParameters(), SearchFilter.PARAMETERS, SearchFilter.REPEATABLE);
        SearchFilter filter = SearchFilter.read(reader);
        Long resumeAfter = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            if (SEQ.matcher(lastEventId.strip()).matches()) {
                resumeAfter = Long.parseLong(lastEventId.strip());
            } else {
                reader.reject(LAST_EVENT_ID, "must be the id of an event of this stream");
            }
        }
        reader.finish();
        feed.subscribe(filter, new SseSink(sink, sse), resumeAfter);
    }

    /** The client's HTTP response as an {@link EventSink}. */
    private record SseSink(SseEventSink sink, Sse sse) implements EventSink {
        @Override
        public CompletionStage<?> send(StreamEvent event) {
            OutboundSseEvent.Builder builder = sse.newEventBuilder();
            if (event.comment() != null) {
                builder.comment(event.comment());
            }
            if (event.id() != null) {
                builder.id(event.id());
            }
            if (event.name() != null) {
                builder.name(event.name());
            }
            if (event.data() != null) {
                // Already JSON: sent as is, not serialized again.
                builder.data(String.class, event.data()).mediaType(MediaType.TEXT_PLAIN_TYPE);
            }
            return sink.send(builder.build());
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
