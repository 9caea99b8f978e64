package dev.tidings.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

class ProblemMappersTests {
    private final Answered answered = new Answered();

    @Test
    void unexpectedFailureTellsNothingOfItsInternals() {
        RestResponse<String> response = new ProblemMappers(new Problems(new ObjectMapper()), answered)
                .unexpected(new IllegalStateException("pool dev.tidings.secret exhausted"), null);

        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getHeaderString("Content-Type"));
        String body = response.getEntity();
        assertEquals(true, body.contains("\"type\":\"https://tidings.dev/problems/internal-error\""), body);
        assertFalse(body.contains("secret"), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertEquals(ProblemType.INTERNAL_ERROR.type(), answered.fired.get(0).type());
    }

    /** The CDI event a service observes to count what it answered; here, a list. */
    private static final class Answered implements Event<Problem> {
        final List<Problem> fired = new ArrayList<>();

        @Override
        public void fire(Problem event) {
            fired.add(event);
        }

        @Override
        public <U extends Problem> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Problem> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<Problem> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Problem> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Problem> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
