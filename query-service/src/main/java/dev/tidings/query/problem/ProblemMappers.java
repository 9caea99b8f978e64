package dev.tidings.query.problem;

import io.quarkus.logging.Log;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into {@code application/problem+json}: the client learns the
 * status and what to fix, never an exception class or a stack trace.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public RestResponse<Problem> refused(ProblemException e, UriInfo uri) {
        Problem p = e.problem();
        return respond(new Problem(p.type(), p.title(), p.status(), p.detail(), path(uri), p.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return respond(blank(404, "There is nothing at this path.", uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAllowed(NotAllowedException e, UriInfo uri) {
        return respond(blank(405, "This path does not take this method.", uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupported(NotSupportedException e, UriInfo uri) {
        return respond(blank(415, "This path does not take a body of this content type.", uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(blank(406, "This path answers in application/json only.", uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> otherHttp(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(blank(status, null, uri));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        Log.errorf(e, "Request to %s failed", path(uri));
        return respond(blank(500, "The request could not be completed. It was logged.", uri));
    }

    private static Problem blank(int status, String detail, UriInfo uri) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return new Problem(Problem.BLANK, title, status, detail, path(uri), null);
    }

    private static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
