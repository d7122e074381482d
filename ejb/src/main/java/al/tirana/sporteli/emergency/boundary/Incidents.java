package al.tirana.sporteli.emergency.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.emergency.control.BoardNotices;
import al.tirana.sporteli.emergency.control.IncidentChanges;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.emergency.control.OperationsSettings;
import al.tirana.sporteli.emergency.control.Proximity;
import al.tirana.sporteli.emergency.entity.EntryKind;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentEntry;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentPlace;
import al.tirana.sporteli.emergency.entity.IncidentSource;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.emergency.entity.Team;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.boundary.Territories;
import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Operational Center's incidents: reported by an operator taking a call, raised from emergency
 * requests and from the system's own signals, then triaged, linked or merged, worked by teams and
 * closed. Every change is audited and announced to the open boards when it commits.
 */
@Stateless
public class Incidents {

    /** What an operator (or a monitoring system, for an internal kind) reports. */
    public record Report(IncidentKind kind, Integer severity, String title, String description, String unitCode,
                         String address, Double latitude, Double longitude, String callerName, String callerPhone) {
    }

    /** What the board shows; any part may be null for "all". */
    public record Filter(Integer severity, IncidentKind kind, String unitCode) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** An open incident of the same kind, near in place and time, offered for linking or merging. */
    public record Candidate(Incident incident, double meters, long minutesApart) {
    }

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{3,40}");
    private static final Set<IncidentStatus> ON_BOARD = EnumSet.complementOf(EnumSet.of(IncidentStatus.CLOSED));
    static final int DEFAULT_REQUEST_SEVERITY = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    OperationsAccess access;

    @Inject
    OperationsSettings settings;

    @Inject
    BoardNotices board;

    @Inject
    IncidentChanges changes;

    @Inject
    Territories territories;

    @Inject
    AdministrativeUnits units;

    @Inject
    ServiceRequests requests;

    // ---- intake ----

    /** The operator's call form; monitoring systems with an API key report internal kinds the same way. */
    public Incident report(Report report, Caller caller) {
        boolean internal = report.kind() != null && report.kind().internal();
        if (!(internal && isMonitor(caller))) {
            access.requireOperator(caller, "incident.report", "incident", null);
        }
        IncidentPlace place = validated(report);
        Instant now = clock.instant();
        if (internal) {
            return signal(report.kind(), report.severity(), report.kind().name().toLowerCase(Locale.ROOT) + ":" + key(report.title()),
                    report.title().strip(), blankToNull(report.description()), place, null, caller);
        }
        Incident incident = new Incident(report.kind(), report.severity(), IncidentSource.CALL, report.title().strip(),
                blankToNull(report.description()), place, caller.name(), now, settings.acknowledgeWithin(report.severity()));
        incident.callerDetails(blankToNull(report.callerName()), blankToNull(report.callerPhone()));
        return created(incident, caller, "Call taken by " + caller.name());
    }

    /** A citizen's emergency request arrived on the emergency queue: it becomes an incident linked to it. */
    public Optional<Incident> fromRequest(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException("No request " + requestId);
        }
        String number = request.trackingNumber().toString();
        if (!em.createQuery("select r from Incident i join i.requests r where r = :number", String.class)
                .setParameter("number", number).setMaxResults(1).getResultList().isEmpty()) {
            return Optional.empty();
        }
        Caller intake = Caller.system("emergency-intake");
        var location = request.location();
        IncidentPlace place = new IncidentPlace(location.unitCode(), location.address(), location.latitude(), location.longitude());
        String title = number + " · " + Optional.ofNullable(location.address()).orElse(request.serviceCode());
        Incident incident = new Incident(hazard(request.fieldValues()), DEFAULT_REQUEST_SEVERITY, IncidentSource.REQUEST,
                truncate(title, 200), truncate(request.description(), 2000), place, intake.name(), clock.instant(),
                settings.acknowledgeWithin(DEFAULT_REQUEST_SEVERITY));
        incident.callerDetails(truncate(request.applicant().name(), 120), null);
        incident.linkRequest(number, clock.instant());
        return Optional.of(created(incident, intake, "Request " + number + " received through " + request.channel()));
    }

    /**
     * The system noticed something wrong with its own work. One incident stays open per subject (the
     * key): a repeat adds a line to its timeline instead of a new incident.
     */
    public Incident signal(IncidentKind kind, int severity, String key, String title, String description,
                           IncidentPlace place, String trackingNumber, Caller source) {
        Instant now = clock.instant();
        Optional<Incident> open = em.createNamedQuery(Incident.FIND_OPEN_FOR_SIGNAL, Incident.class)
                .setParameter("key", key).setParameter("statuses", IncidentStatus.openStatuses())
                .setMaxResults(1).getResultStream().findFirst();
        if (open.isPresent()) {
            Incident incident = open.get();
            incident.touch(now);
            entry(incident, source, EntryKind.SIGNAL, "Repeated: " + Optional.ofNullable(description).orElse(title));
            board.changed(incident);
            return incident;
        }
        Incident incident = new Incident(kind, severity, IncidentSource.SIGNAL, truncate(title, 200), truncate(description, 2000),
                place, source.name(), now, settings.acknowledgeWithin(severity));
        incident.signalKey(truncate(key, 160));
        if (trackingNumber != null) {
            incident.linkRequest(trackingNumber, now);
        }
        return created(incident, source, Optional.ofNullable(description).orElse(title));
    }

    /** A request's deadline passed: the timer's message on the emergency queue becomes an internal incident. */
    public Incident deadlineBreach(JsonObject payload) {
        String number = payload.getString("trackingNumber");
        String queue = payload.getString("queue", null);
        String unit = queue != null && UnitCode.isValid(queue) && units.byCode(new UnitCode(queue)).isPresent() ? queue : null;
        return signal(IncidentKind.DEADLINE_BREACH, 3, "breach:" + number,
                number + " · " + payload.getString("service", "?") + " · " + Optional.ofNullable(queue).orElse("?"),
                "Deadline " + payload.getString("dueAt", "?") + " passed without a decision",
                new IncidentPlace(unit, null, null, null), number, Caller.system("deadline-timer"));
    }

    private Incident created(Incident incident, Caller caller, String firstLine) {
        em.persist(incident);
        em.flush();
        entry(incident, caller, EntryKind.REPORTED, firstLine);
        audit.record(caller, "incident.report", "incident", String.valueOf(incident.id()), null, incident.auditState());
        board.changed(incident);
        return incident;
    }

    // ---- reading ----

    public List<Incident> board(Filter filter, Caller caller) {
        access.requireRead(caller, "incident", null);
        return em.createNamedQuery(Incident.FIND_IN_STATUSES, Incident.class)
                .setParameter("statuses", ON_BOARD)
                .getResultStream()
                .filter(i -> filter.severity() == null || i.severity() == filter.severity())
                .filter(i -> filter.kind() == null || i.kind() == filter.kind())
                .filter(i -> filter.unitCode() == null || filter.unitCode().equals(i.unitCode()))
                .sorted(Comparator.comparing((Incident i) -> i.status().open() ? 0 : 1)
                        .thenComparing(i -> -i.escalationLevel())
                        .thenComparing(Incident::severity)
                        .thenComparing(Incident::reportedAt, Comparator.reverseOrder()))
                .toList();
    }

    public Incident get(long id, Caller caller) {
        access.requireRead(caller, "incident", String.valueOf(id));
        return find(id);
    }

    public List<IncidentEntry> timeline(long id, Caller caller) {
        access.requireRead(caller, "incident", String.valueOf(id));
        return em.createNamedQuery(IncidentEntry.FIND_FOR_INCIDENT, IncidentEntry.class).setParameter("incident", id).getResultList();
    }

    /** Open incidents of the same kind within the configured radius and time window. */
    public List<Candidate> duplicates(long id, Caller caller) {
        Incident incident = get(id, caller);
        if (!incident.status().open()) {
            return List.of();
        }
        var window = settings.duplicateWindow();
        double radius = settings.duplicateRadiusMeters();
        List<Candidate> found = new ArrayList<>();
        for (Incident other : em.createNamedQuery(Incident.FIND_DUPLICATE_CANDIDATES, Incident.class)
                .setParameter("kind", incident.kind()).setParameter("id", incident.id())
                .setParameter("statuses", IncidentStatus.openStatuses())
                .setParameter("from", incident.reportedAt().minus(window))
                .setParameter("to", incident.reportedAt().plus(window))
                .getResultList()) {
            if (incident.related().contains(other.id())) {
                continue;
            }
            OptionalDouble meters = Proximity.near(incident.place(), other.place(), radius);
            if (meters.isPresent()) {
                found.add(new Candidate(other, meters.getAsDouble(),
                        Math.abs(java.time.Duration.between(other.reportedAt(), incident.reportedAt()).toMinutes())));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::meters));
        return found;
    }

    public List<Team> teams(Caller caller) {
        access.requireRead(caller, "team", null);
        return em.createNamedQuery(Team.FIND_ALL, Team.class).getResultList();
    }

    public List<Team> teamsOn(long incidentId, Caller caller) {
        access.requireRead(caller, "incident", String.valueOf(incidentId));
        return em.createNamedQuery(Team.FIND_FOR_INCIDENT, Team.class).setParameter("incident", incidentId).getResultList();
    }

    // ---- acting ----

    public Incident triage(long id, IncidentKind kind, int severity, String note, Caller caller) {
        return act(id, "incident.triage", caller, incident -> {
            if (severity < 1 || severity > 4) {
                throw InvalidInputException.of("severity", "incident.severity.range");
            }
            incident.triage(kind, severity, caller.name(), clock.instant());
            entry(incident, caller, EntryKind.TRIAGE, "Kind " + incident.kind() + ", severity " + severity + withNote(note));
        });
    }

    public Incident moveTo(long id, IncidentStatus status, String note, Caller caller) {
        return act(id, "incident.status", caller, incident -> {
            Instant now = clock.instant();
            incident.moveTo(status, now);
            if (!status.open()) {
                for (Team team : em.createNamedQuery(Team.FIND_FOR_INCIDENT, Team.class).setParameter("incident", id).getResultList()) {
                    team.recall(now);
                    entry(incident, caller, EntryKind.RECALL, "Team " + team.code() + " released");
                }
            }
            entry(incident, caller, EntryKind.STATUS, status + withNote(note));
        });
    }

    public Incident note(long id, String text, Caller caller) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("note", "field.required");
        }
        if (text.length() > 2000) {
            throw InvalidInputException.of("note", "field.tooLong");
        }
        return act(id, "incident.note", caller, incident -> {
            incident.touch(clock.instant());
            entry(incident, caller, EntryKind.NOTE, text.strip());
        });
    }

    public Incident link(long id, long otherId, Caller caller) {
        Incident other = find(otherId);
        return act(id, "incident.link", caller, incident -> {
            incident.link(other, clock.instant());
            entry(incident, caller, EntryKind.LINK, "Linked to incident " + otherId);
            entry(other, caller, EntryKind.LINK, "Linked to incident " + id);
            audit.record(caller, "incident.link", "incident", String.valueOf(otherId), null, "related=" + id);
            board.changed(other);
        });
    }

    /** The duplicate closes into the primary, which takes over its requests and teams. */
    public Incident merge(long duplicateId, long primaryId, Caller caller) {
        Incident primary = find(primaryId);
        Incident duplicate = act(duplicateId, "incident.merge", caller, incident -> {
            incident.mergeInto(primary, clock.instant());
            for (Team team : em.createNamedQuery(Team.FIND_FOR_INCIDENT, Team.class).setParameter("incident", duplicateId).getResultList()) {
                team.reassign(primaryId);
            }
            entry(incident, caller, EntryKind.MERGE, "Merged into incident " + primaryId);
            entry(primary, caller, EntryKind.MERGE, "Incident " + duplicateId + " merged into this one");
            audit.record(caller, "incident.merge", "incident", String.valueOf(primaryId), null, "absorbed=" + duplicateId);
            board.changed(primary);
        });
        return duplicate;
    }

    public Incident linkRequest(long id, String trackingNumber, Caller caller) {
        ServiceRequest request = requests.byTrackingNumber(TrackingNumber.parse(trackingNumber), caller);
        String number = request.trackingNumber().toString();
        return act(id, "incident.request", caller, incident -> {
            if (incident.linkRequest(number, clock.instant())) {
                entry(incident, caller, EntryKind.REQUEST, "Request " + number + " linked");
            }
        });
    }

    public Incident dispatch(long id, String teamCode, Caller caller) {
        Team team = team(teamCode);
        return act(id, "incident.dispatch", caller, incident -> {
            Instant now = clock.instant();
            if (!incident.status().open()) {
                throw new ConflictException("illegal-transition",
                        "Teams are not sent to an incident that is " + incident.status());
            }
            if (incident.status() == IncidentStatus.REPORTED) {
                // sending a team is taking the incident in hand: it counts as triage at the reported severity
                incident.triage(null, incident.severity(), caller.name(), now);
            }
            team.dispatchTo(id, now);
            if (incident.status() == IncidentStatus.TRIAGED) {
                incident.moveTo(IncidentStatus.DISPATCHED, now);
            }
            incident.touch(now);
            entry(incident, caller, EntryKind.DISPATCH, "Team " + team.code() + " dispatched");
        });
    }

    public Incident arrive(String teamCode, Caller caller) {
        Team team = teamOut(teamCode);
        return act(team.incidentId(), "incident.arrival", caller, incident -> {
            Instant now = clock.instant();
            team.arrive(now);
            if (incident.status() == IncidentStatus.DISPATCHED) {
                incident.moveTo(IncidentStatus.ON_SCENE, now);
            }
            incident.touch(now);
            entry(incident, caller, EntryKind.ARRIVAL, "Team " + team.code() + " on scene");
        });
    }

    public Incident recall(String teamCode, Caller caller) {
        Team team = teamOut(teamCode);
        return act(team.incidentId(), "incident.recall", caller, incident -> {
            team.recall(clock.instant());
            incident.touch(clock.instant());
            entry(incident, caller, EntryKind.RECALL, "Team " + team.code() + " recalled");
        });
    }

    public Team duty(String teamCode, boolean onDuty, Caller caller) {
        access.requireOperator(caller, "team.duty", "team", teamCode);
        Team team = team(teamCode);
        String before = team.status().name();
        team.dutyStatus(onDuty, clock.instant());
        audit.record(caller, "team.duty", "team", teamCode, before, team.status().name());
        board.refreshed("teams");
        return team;
    }

    // ---- internals ----

    private Incident act(long id, String action, Caller caller, Consumer<Incident> change) {
        access.requireOperator(caller, action, "incident", String.valueOf(id));
        return changes.apply(find(id), action, caller, change);
    }

    private void entry(Incident incident, Caller caller, EntryKind kind, String text) {
        changes.entry(incident, caller, kind, text);
    }

    private Incident find(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null) {
            throw new NotFoundException("No incident " + id);
        }
        return incident;
    }

    private Team team(String code) {
        Team team = code == null ? null : em.find(Team.class, code);
        if (team == null) {
            throw new NotFoundException("No team " + code);
        }
        return team;
    }

    private Team teamOut(String code) {
        Team team = team(code);
        if (team.incidentId() == null) {
            throw new ConflictException("illegal-transition", "Team " + code + " is not out on an incident");
        }
        return team;
    }

    /** Monitoring systems report outages with an API key issued for the SYSTEM channel. */
    private static boolean isMonitor(Caller caller) {
        return caller.has(Role.SYSTEM) || caller.name().startsWith("api:") && caller.channel() == Channel.SYSTEM;
    }

    private IncidentPlace validated(Report r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.kind() == null) {
            errors.put("kind", "field.required");
        }
        if (r.severity() == null) {
            errors.put("severity", "field.required");
        } else if (r.severity() < 1 || r.severity() > 4) {
            errors.put("severity", "incident.severity.range");
        }
        if (r.title() == null || r.title().isBlank()) {
            errors.put("title", "field.required");
        } else if (r.title().length() > 200) {
            errors.put("title", "field.tooLong");
        }
        if (r.description() != null && r.description().length() > 2000) {
            errors.put("description", "field.tooLong");
        }
        if (r.address() != null && r.address().length() > 300) {
            errors.put("address", "field.tooLong");
        }
        if (r.callerName() != null && r.callerName().length() > 120) {
            errors.put("callerName", "field.tooLong");
        }
        if (r.callerPhone() != null && !r.callerPhone().isBlank() && !PHONE.matcher(r.callerPhone()).matches()) {
            errors.put("callerPhone", "incident.phone.format");
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.put(r.latitude() == null ? "latitude" : "longitude", "incident.point.incomplete");
        } else if (r.latitude() != null && (r.latitude() < -90 || r.latitude() > 90 || r.latitude().isNaN())) {
            errors.put("latitude", "incident.point.range");
        } else if (r.longitude() != null && (r.longitude() < -180 || r.longitude() > 180 || r.longitude().isNaN())) {
            errors.put("longitude", "incident.point.range");
        }
        String unit = blankToNull(r.unitCode());
        if (unit != null && (!UnitCode.isValid(unit) || units.byCode(new UnitCode(unit)).isEmpty())) {
            errors.put("unitCode", "field.unknownValue");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (unit == null && r.latitude() != null) {
            unit = territories.resolve(null, r.latitude(), r.longitude()).orElse(null);
        }
        return new IncidentPlace(unit, blankToNull(r.address()), r.latitude(), r.longitude());
    }

    /** The HAZARD field of an emergency request, when it names a civil kind; otherwise the operator decides. */
    static IncidentKind hazard(String fieldValues) {
        if (fieldValues == null || fieldValues.isBlank()) {
            return IncidentKind.OTHER_EMERGENCY;
        }
        try (var reader = Jsons.createReader(new StringReader(fieldValues))) {
            String value = reader.readObject().getString("HAZARD", "").strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            IncidentKind kind = IncidentKind.valueOf(value);
            return kind.internal() ? IncidentKind.OTHER_EMERGENCY : kind;
        } catch (JsonException | ClassCastException | IllegalArgumentException e) {
            return IncidentKind.OTHER_EMERGENCY;
        }
    }

    private static String key(String title) {
        return title == null ? "" : title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String withNote(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
