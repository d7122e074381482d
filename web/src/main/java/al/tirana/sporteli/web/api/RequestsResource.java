package al.tirana.sporteli.web.api;

import al.tirana.sporteli.audit.boundary.AuditLog;
import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.ServiceRequests.Filter;
import al.tirana.sporteli.requests.boundary.ServiceRequests.Receipt;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.control.StepTransitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Requests: intake from any channel, reading, listing and acting on them. */
@ApplicationScoped
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

    public record ApplicantInput(ApplicantKind kind, String number, String name, String email, String phone) {
    }

    public record LocationInput(String address, String locality, Double latitude, Double longitude) {
    }

    public record RequestInput(String serviceCode, ApplicantInput applicant, LocationInput location, String description,
                               Map<String, String> fields) {
    }

    public record ActionInput(Action action, String reason, Integer step, String assignee, Integer amount, String unitCode,
                              Long version) {
    }

    public record Created(String trackingNumber, String accessCode, RequestView request) {
    }

    public record Pause(Instant startedAt, Instant endedAt) {
    }

    public record RequestView(String trackingNumber, String serviceCode, int serviceVersion, Channel channel,
                              RequestStatus status, String step, String queue, String unit, String applicantName,
                              String address, String locality, Double latitude, Double longitude, String description,
                              Instant receivedAt, Instant legalDueAt, Instant targetDueAt, boolean paused,
                              List<Pause> pauses, int extension, boolean overdue, String decisionNote,
                              Set<Action> actions, long version) {

        static RequestView of(ServiceRequest r) {
            return new RequestView(r.trackingNumber().toString(), r.serviceCode(), r.service().versionNo(), r.channel(),
                    r.status(), r.service().step(r.currentStep()).code(), r.queueCode(), r.unitCode(), r.applicant().name(),
                    r.location().address(), r.location().locality(), r.location().latitude(), r.location().longitude(),
                    r.description(), r.receivedAt(), r.legalDueAt(), r.targetDueAt(), r.pausedSince() != null,
                    r.pauses().stream().map(p -> new Pause(p.startedAt(), p.endedAt())).toList(), r.extension(),
                    r.breached(), r.decisionNote(), StepTransitions.available(r.status()), r.version());
        }
    }

    public record Page<T>(List<T> items, String next) {
    }

    public record AuditView(Long chainNo, Instant at, String actor, String role, String organisation, String address,
                            String channel, String action, String before, String after) {

        static AuditView of(AuditEntry e) {
            return new AuditView(e.chainNo(), e.at(), e.actor(), e.actorRole(), e.actorUnit(), e.address(), e.channel(),
                    e.action(), e.before(), e.after());
        }
    }

    @Inject
    ServiceRequests requests;

    @Inject
    Tasks tasks;

    @Inject
    AuditLog auditLog;

    @Inject
    CallerResolver callers;

    @Context
    UriInfo uri;

    /**
     * Files a request. With an Idempotency-Key, a retry (even a concurrent one) answers 200 with the
     * original request instead of filing a second one; the access code is shown only on the 201.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(RequestInput input, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (input == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw InvalidInputException.of("Idempotency-Key", "intake.idempotencyKey.format");
        }
        ApplicantInput a = input.applicant() == null ? new ApplicantInput(null, null, null, null, null) : input.applicant();
        LocationInput l = input.location() == null ? new LocationInput(null, null, null, null) : input.location();
        Submission submission = new Submission(input.serviceCode(), a.kind(), a.number(), a.name(), a.email(), a.phone(),
                l.address(), l.locality(), l.latitude(), l.longitude(), input.description(), input.fields(), idempotencyKey);
        Caller caller = callers.caller();
        Receipt receipt = requests.submit(submission, caller);
        RequestView view = RequestView.of(receipt.request());
        if (!receipt.created()) {
            return Response.ok(new Created(view.trackingNumber(), null, view)).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("requests").path(view.trackingNumber()).build())
                .entity(new Created(view.trackingNumber(), receipt.accessCode().value(), view)).build();
    }

    @GET
    @Path("{trackingNumber}")
    public RequestView one(@PathParam("trackingNumber") String trackingNumber) {
        return RequestView.of(requests.toShow(TrackingNumber.parse(trackingNumber), callers.caller()));
    }

    @GET
    public Page<RequestView> list(@QueryParam("unit") String unit, @QueryParam("service") String service,
                                  @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                                  @QueryParam("channel") String channel, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("before") Long before,
                                  @QueryParam("limit") Integer limit) {
        Filter filter = new Filter(unit, service, parseEnum(RequestStatus.class, "status", status), overdue,
                parseEnum(Channel.class, "channel", channel), parseInstant("from", from), parseInstant("to", to));
        int size = limit == null ? 50 : limit;
        List<ServiceRequest> found = requests.search(filter, before, size, callers.caller());
        String next = found.size() < size ? null : "before=" + found.get(found.size() - 1).id();
        return new Page<>(found.stream().map(RequestView::of).toList(), next);
    }

    @POST
    @Path("{trackingNumber}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestView act(@PathParam("trackingNumber") String trackingNumber, ActionInput input) {
        if (input == null || input.action() == null) {
            throw InvalidInputException.of("action", "field.required");
        }
        Tasks.Command command = new Tasks.Command(input.action(), input.reason(), input.step(), input.assignee(),
                input.amount(), input.unitCode(), input.version());
        return RequestView.of(tasks.act(TrackingNumber.parse(trackingNumber), command, callers.caller()));
    }

    public record ReceiptInput(String accessCode) {
    }

    /** The printable receipt (PDF) of a request just filed; the access code from the 201 answer unlocks it. */
    @POST
    @Path("{trackingNumber}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    public Response receipt(@PathParam("trackingNumber") String trackingNumber, ReceiptInput input) {
        TrackingNumber number = TrackingNumber.parse(trackingNumber);
        String trackingPage = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("/api/v1/?$", "/track.xhtml"))
                .build().toString();
        byte[] pdf = requests.receipt(number, input == null ? null : input.accessCode(), trackingPage, callers.caller());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + number + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("{trackingNumber}/audit")
    public List<AuditView> audit(@PathParam("trackingNumber") String trackingNumber) {
        TrackingNumber number = TrackingNumber.parse(trackingNumber);
        requests.byTrackingNumber(number, callers.caller());
        return auditLog.forSubject("request", number.toString()).stream()
                .map(AuditView::of)
                .toList();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "field.unknownValue");
        }
    }

    static Instant parseInstant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneId.of("Europe/Tirane")).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "field.dateFormat");
        }
    }
}
