package al.tirana.sporteli.web.api;

import al.tirana.sporteli.emergency.boundary.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Messages the consumers gave up on, with the reason; operators put each back on its queue or discard it. */
@ApplicationScoped
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    public record LetterView(long id, String messageId, String originalQueue, String kind, Instant sentAt, int attempts,
                             String reason, Long incidentId) {
    }

    @Inject
    DeadLetters deadLetters;

    @Inject
    CallerResolver callers;

    @GET
    public List<LetterView> list() {
        return deadLetters.list(callers.caller()).stream()
                .map(v -> new LetterView(v.letter().brokerId(), v.letter().messageId(), v.letter().originalQueue(),
                        v.letter().kind(), v.letter().sentAt(), v.attempts(), v.reason(), v.incidentId()))
                .toList();
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id) {
        deadLetters.retry(id, callers.caller());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") long id) {
        deadLetters.discard(id, callers.caller());
        return Response.noContent().build();
    }
}
