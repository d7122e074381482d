package al.tirana.sporteli.web.api;

import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * The citizen follows a request with the tracking number and the access code from the receipt. The
 * answer holds no personal data, and a wrong code answers exactly as an unknown number does.
 */
@ApplicationScoped
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    public record Progress(String trackingNumber, String serviceNameSq, String serviceNameEn, RequestStatus status,
                           boolean open, String stepSq, String stepEn, Instant receivedAt, Instant targetDueAt,
                           Instant legalDueAt, boolean waitingForYou, Instant closedAt) {

        static Progress of(ServiceRequest r) {
            var step = r.service().step(r.currentStep());
            return new Progress(r.trackingNumber().toString(), r.service().nameSq(), r.service().nameEn(), r.status(),
                    r.status().isOpen(), step.nameSq(), step.nameEn(), r.receivedAt(), r.targetDueAt(), r.legalDueAt(),
                    r.status() == RequestStatus.WAITING_FOR_CITIZEN, r.closedAt());
        }
    }

    @Inject
    ServiceRequests requests;

    @GET
    @Path("{trackingNumber}")
    public Progress progress(@PathParam("trackingNumber") String trackingNumber, @QueryParam("code") String accessCode) {
        return Progress.of(requests.forCitizen(TrackingNumber.parse(trackingNumber), accessCode));
    }
}
