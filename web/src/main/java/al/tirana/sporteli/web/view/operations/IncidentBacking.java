package al.tirana.sporteli.web.view.operations;

import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.boundary.Incidents.Candidate;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentEntry;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.emergency.entity.Team;
import al.tirana.sporteli.emergency.entity.TeamStatus;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.requests.entity.MalformedTrackingNumberException;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.web.view.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs operations/incident.xhtml: one incident with its timeline, teams and possible duplicates, and
 * (for operators) the actions its status allows: triage, dispatch and recall, status, notes, links,
 * merges and linked requests.
 */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "incident";

    @Inject
    Incidents incidents;

    @Inject
    CallerResolver callers;

    private Long id;
    private String problem;
    private IncidentKind kind;
    private Integer severity;
    private IncidentStatus nextStatus;
    private String note;
    private String team;
    private String trackingNumber;
    private transient Incident incident;
    private transient List<IncidentEntry> timeline;
    private transient List<Team> teams;
    private transient List<Team> allTeams;
    private transient List<Candidate> duplicates;

    public void open() {
        problem = null;
        incident = null;
        timeline = null;
        teams = null;
        allTeams = null;
        duplicates = null;
        if (id == null) {
            problem = Texts.text("incident.notFound");
            return;
        }
        try {
            incident = incidents.get(id, callers.caller());
            kind = incident.kind();
            severity = incident.severity();
        } catch (NotFoundException e) {
            problem = Texts.text("incident.notFound");
        } catch (AccessDeniedException e) {
            problem = Texts.text("operations.denied");
            Texts.refused();
        }
    }

    public void triage() {
        act(() -> incidents.triage(id, kind, severity == null ? 0 : severity, note, callers.caller()), "incident.done.triage");
    }

    public void move() {
        if (nextStatus == null) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("field.required"), FORM + ":nextStatus");
            return;
        }
        act(() -> incidents.moveTo(id, nextStatus, note, callers.caller()), "incident.done.status");
    }

    public void addNote() {
        act(() -> incidents.note(id, note, callers.caller()), "incident.done.note");
    }

    public void dispatch() {
        if (team == null || team.isBlank()) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("field.required"), FORM + ":team");
            return;
        }
        act(() -> incidents.dispatch(id, team, callers.caller()), "incident.done.dispatch");
    }

    public void arrive(String code) {
        act(() -> incidents.arrive(code, callers.caller()), "incident.done.arrival");
    }

    public void recall(String code) {
        act(() -> incidents.recall(code, callers.caller()), "incident.done.recall");
    }

    public void link(long other) {
        act(() -> incidents.link(id, other, callers.caller()), "incident.done.link");
    }

    /** The candidate is the duplicate: it closes into this incident. */
    public void absorb(long duplicate) {
        act(() -> incidents.merge(duplicate, id, callers.caller()), "incident.done.merge");
    }

    public void linkRequest() {
        act(() -> incidents.linkRequest(id, trackingNumber, callers.caller()), "incident.done.request");
    }

    private void act(Supplier<Incident> action, String doneKey) {
        try {
            action.get();
            Texts.message(FacesMessage.SEVERITY_INFO, Texts.text(doneKey));
            note = null;
            trackingNumber = null;
            team = null;
        } catch (InvalidInputException e) {
            Texts.fieldErrors(FORM, e.fieldErrors());
        } catch (MalformedTrackingNumberException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("incident.request.malformed"), FORM + ":trackingNumber");
        } catch (ConflictException | OptimisticLockException e) {
            Texts.message(FacesMessage.SEVERITY_WARN, Texts.text("incident.conflict"));
        } catch (NotFoundException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("incident.notFoundAny"));
        } catch (AccessDeniedException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("operations.readOnly"));
        }
        open();
    }

    public Incident getIncident() {
        return incident;
    }

    public List<IncidentEntry> getTimeline() {
        if (timeline == null) {
            timeline = incident == null ? List.of() : incidents.timeline(id, callers.caller());
        }
        return timeline;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = incident == null ? List.of() : incidents.teamsOn(id, callers.caller());
        }
        return teams;
    }

    public List<Team> getAvailableTeams() {
        if (allTeams == null) {
            allTeams = incident == null ? List.of()
                    : incidents.teams(callers.caller()).stream().filter(t -> t.status() == TeamStatus.AVAILABLE).toList();
        }
        return allTeams;
    }

    public List<Candidate> getDuplicates() {
        if (duplicates == null) {
            duplicates = incident == null ? List.of() : incidents.duplicates(id, callers.caller());
        }
        return duplicates;
    }

    public List<IncidentStatus> getNextStatuses() {
        return incident == null ? List.of() : incident.status().next().stream().sorted().toList();
    }

    public List<IncidentKind> getKinds() {
        return Arrays.asList(IncidentKind.values());
    }

    public List<Integer> getSeverities() {
        return List.of(1, 2, 3, 4);
    }

    public long meters(Candidate candidate) {
        return Math.round(candidate.meters());
    }

    public String skills(Team t) {
        return String.join(", ", t.skills());
    }

    public boolean isOperator() {
        return OperationsAccess.works(callers.caller());
    }

    public boolean isWorkable() {
        return isOperator() && incident != null && incident.status() != IncidentStatus.CLOSED;
    }

    /** An address whose id is not a number never reaches {@link #open()}: it too finds no incident. */
    public String getProblem() {
        return problem == null && incident == null ? Texts.text("incident.notFound") : problem;
    }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public IncidentKind getKind() { return kind; }
    public void setKind(IncidentKind kind) { this.kind = kind; }
    public Integer getSeverity() { return severity; }
    public void setSeverity(Integer severity) { this.severity = severity; }
    public IncidentStatus getNextStatus() { return nextStatus; }
    public void setNextStatus(IncidentStatus nextStatus) { this.nextStatus = nextStatus; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
}
