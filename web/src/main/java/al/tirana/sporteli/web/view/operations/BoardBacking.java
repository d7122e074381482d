package al.tirana.sporteli.web.view.operations;

import al.tirana.sporteli.emergency.boundary.DeadLetters;
import al.tirana.sporteli.emergency.boundary.Incidents.Filter;
import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.emergency.control.OperationsSettings;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.emergency.entity.Team;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.web.view.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Backs operations/board.xhtml, the Operational Center's live board: the incidents on it (filtered by
 * severity, kind and unit), the map's points, the teams, and the alert for severity 1. The page reloads
 * its parts when the websocket says something changed.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    DeadLetters deadLetters;

    @Inject
    AdministrativeUnits units;

    @Inject
    OperationsSettings settings;

    @Inject
    CallerResolver callers;

    @Inject
    Clock clock;

    private Integer severity;
    private IncidentKind kind;
    private String unit;
    private String problem;
    private transient List<Incident> board;
    private transient List<Team> teams;

    public void open() {
        if (!OperationsAccess.reads(callers.caller())) {
            try {
                incidents.board(Filter.ALL, callers.caller());
            } catch (AccessDeniedException e) {
                // audited by the boundary
            }
            problem = Texts.text("operations.denied");
            Texts.refused();
        }
    }

    /** Called by the page when the websocket announces a change, and by the filters. */
    public void refresh() {
        board = null;
        teams = null;
    }

    /** A team comes on or goes off duty; one out on an incident is recalled from its incident first. */
    public void duty(String code, boolean onDuty) {
        try {
            incidents.duty(code, onDuty, callers.caller());
        } catch (ConflictException | AccessDeniedException e) {
            Texts.message(FacesMessage.SEVERITY_WARN, Texts.text("incident.conflict"));
        }
        refresh();
    }

    public List<Incident> getIncidents() {
        if (board == null) {
            board = problem != null ? List.of() : incidents.board(new Filter(severity, kind, unit), callers.caller());
        }
        return board;
    }

    /** Severity 1 incidents nobody has acknowledged yet: the board flashes and sounds for these. */
    public List<Incident> getAlerts() {
        return getIncidents().stream().filter(i -> i.severity() == 1 && i.status() == IncidentStatus.REPORTED).toList();
    }

    /** Ids of the alerts, so that the page sounds only when a new one appears. */
    public String getAlertIds() {
        return getAlerts().stream().map(i -> String.valueOf(i.id())).collect(Collectors.joining(","));
    }

    public long count(int level) {
        return getIncidents().stream().filter(i -> i.status().open() && i.severity() == level).count();
    }

    public boolean overdue(Incident incident) {
        return incident.status() == IncidentStatus.REPORTED && !incident.ackDueAt().isAfter(clock.instant());
    }

    /** The points the map plots, as JSON for the page's script. */
    public String getMarkers() {
        JsonArrayBuilder points = Jsons.createArrayBuilder();
        for (Incident i : getIncidents()) {
            if (i.latitude() == null || !i.status().open()) {
                continue;
            }
            JsonObjectBuilder point = Jsons.createObjectBuilder()
                    .add("id", i.id())
                    .add("lat", i.latitude())
                    .add("lon", i.longitude())
                    .add("severity", i.severity())
                    .add("label", "#" + i.id() + " · " + Texts.text("incident.kind." + i.kind().name()) + " · " + i.title());
            points.add(point);
        }
        return points.build().toString();
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = problem != null ? List.of() : incidents.teams(callers.caller());
        }
        return teams;
    }

    public long getDeadLetterCount() {
        try {
            return problem != null ? 0 : deadLetters.count(callers.caller());
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    public boolean isOperator() {
        return OperationsAccess.works(callers.caller());
    }

    /** Tiles come through our own address (operations/tiles), so the page's policy needs no other origin. */
    public boolean isTiles() {
        return !settings.tileUrl().isEmpty();
    }

    public List<Integer> getSeverities() {
        return List.of(1, 2, 3, 4);
    }

    public List<IncidentKind> getKinds() {
        return Arrays.asList(IncidentKind.values());
    }

    public List<AdministrativeUnit> getUnits() {
        return units.all();
    }

    public String getProblem() {
        return problem;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
