package al.tirana.sporteli.web.api;

import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.boundary.Incidents.Candidate;
import al.tirana.sporteli.emergency.boundary.Incidents.Filter;
import al.tirana.sporteli.emergency.boundary.Incidents.Report;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentEntry;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.emergency.entity.Team;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Operational Center's incidents and teams: operators report and work them, managers read them,
 * monitoring systems with an API key report outages of the systems they watch.
 */
@ApplicationScoped
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    public record IncidentView(long id, IncidentKind kind, int severity, IncidentStatus status, String source, String title,
                               String description, String unitCode, String address, Double latitude, Double longitude,
                               Instant reportedAt, String reportedBy, Instant acknowledgeBy, Instant acknowledgedAt,
                               int escalationLevel, Long mergedInto, Set<String> requests, Set<Long> related) {
        static IncidentView of(Incident i) {
            return new IncidentView(i.id(), i.kind(), i.severity(), i.status(), i.source().name(), i.title(), i.description(),
                    i.unitCode(), i.address(), i.latitude(), i.longitude(), i.reportedAt(), i.reportedBy(), i.ackDueAt(),
                    i.acknowledgedAt(), i.escalationLevel(), i.mergedInto(), i.requests(), i.related());
        }
    }

    public record EntryView(Instant at, String author, String kind, String text) {
    }

    public record CandidateView(long id, double meters, long minutesApart, String title) {
    }

    public record TeamView(String code, String name, String type, String unitCode, List<String> skills, String status,
                           Long incidentId, Instant statusSince) {
        static TeamView of(Team t) {
            return new TeamView(t.code(), t.name(Locale.ENGLISH), t.teamType().name(), t.unitCode(), t.skills(), t.status().name(),
                    t.incidentId(), t.statusSince());
        }
    }

    public record Detail(IncidentView incident, List<EntryView> timeline, List<TeamView> teams, List<CandidateView> duplicates) {
    }

    /** One action on an incident; which fields count depends on the action. */
    public record ActionInput(String action, IncidentKind kind, Integer severity, IncidentStatus status, String note,
                              Long incident, String trackingNumber, String team) {
    }

    @Inject
    Incidents incidents;

    @Inject
    CallerResolver callers;

    @GET
    public List<IncidentView> board(@QueryParam("severity") Integer severity, @QueryParam("kind") IncidentKind kind,
                                    @QueryParam("unit") String unit) {
        return incidents.board(new Filter(severity, kind, unit), callers.caller()).stream().map(IncidentView::of).toList();
    }

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        Caller caller = callers.caller();
        Incident incident = incidents.get(id, caller);
        return detail(incident, caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(Report report, @Context UriInfo uri) {
        if (report == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        Incident incident = incidents.report(report, callers.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(incident.id())).build())
                .entity(IncidentView.of(incident)).build();
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail act(@PathParam("id") long id, ActionInput input) {
        if (input == null || input.action() == null) {
            throw InvalidInputException.of("action", "field.required");
        }
        Caller caller = callers.caller();
        Incident incident = switch (input.action()) {
            case "TRIAGE" -> incidents.triage(id, input.kind(), required(input.severity(), "severity"), input.note(), caller);
            case "STATUS" -> incidents.moveTo(id, required(input.status(), "status"), input.note(), caller);
            case "NOTE" -> incidents.note(id, input.note(), caller);
            case "LINK" -> incidents.link(id, required(input.incident(), "incident"), caller);
            case "MERGE_INTO" -> incidents.merge(id, required(input.incident(), "incident"), caller);
            case "LINK_REQUEST" -> incidents.linkRequest(id, required(input.trackingNumber(), "trackingNumber"), caller);
            case "DISPATCH" -> incidents.dispatch(id, required(input.team(), "team"), caller);
            default -> throw InvalidInputException.of("action", "field.unknownValue");
        };
        return detail(incident, caller);
    }

    @GET
    @Path("/teams")
    public List<TeamView> teams() {
        return incidents.teams(callers.caller()).stream().map(TeamView::of).toList();
    }

    /** ARRIVE, RECALL, ON_DUTY or OFF_DUTY. */
    @POST
    @Path("/teams/{code}/{action}")
    public TeamView team(@PathParam("code") String code, @PathParam("action") String action) {
        Caller caller = callers.caller();
        switch (action) {
            case "arrive" -> incidents.arrive(code, caller);
            case "recall" -> incidents.recall(code, caller);
            case "on-duty" -> incidents.duty(code, true, caller);
            case "off-duty" -> incidents.duty(code, false, caller);
            default -> throw InvalidInputException.of("action", "field.unknownValue");
        }
        return incidents.teams(caller).stream().filter(t -> t.code().equals(code)).findFirst().map(TeamView::of).orElseThrow();
    }

    private Detail detail(Incident incident, Caller caller) {
        long id = incident.id();
        List<EntryView> timeline = incidents.timeline(id, caller).stream()
                .map((IncidentEntry e) -> new EntryView(e.at(), e.author(), e.kind().name(), e.text())).toList();
        List<TeamView> teams = incidents.teamsOn(id, caller).stream().map(TeamView::of).toList();
        List<CandidateView> duplicates = incidents.duplicates(id, caller).stream()
                .map((Candidate c) -> new CandidateView(c.incident().id(), Math.round(c.meters()), c.minutesApart(), c.incident().title()))
                .toList();
        return new Detail(IncidentView.of(incident), timeline, teams, duplicates);
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw InvalidInputException.of(field, "field.required");
        }
        return value;
    }
}
