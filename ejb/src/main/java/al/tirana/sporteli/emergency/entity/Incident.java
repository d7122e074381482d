package al.tirana.sporteli.emergency.entity;

import al.tirana.sporteli.platform.entity.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Something the Operational and Control Center must see and act on, from the first report to closure. */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.FIND_IN_STATUSES,
        query = "select i from Incident i where i.status in :statuses order by i.severity, i.reportedAt")
@NamedQuery(name = Incident.FIND_OPEN_FOR_SIGNAL,
        query = "select i from Incident i where i.signalKey = :key and i.status in :statuses")
@NamedQuery(name = Incident.FIND_DUPLICATE_CANDIDATES,
        query = "select i from Incident i where i.kind = :kind and i.id <> :id and i.status in :statuses"
                + " and i.mergedInto is null and i.reportedAt between :from and :to order by i.reportedAt")
@NamedQuery(name = Incident.FIND_UNACKNOWLEDGED_DUE,
        query = "select i from Incident i where i.status = al.tirana.sporteli.emergency.entity.IncidentStatus.REPORTED"
                + " and i.ackDueAt <= :now order by i.severity, i.ackDueAt")
public class Incident {

    public static final String FIND_IN_STATUSES = "Incident.findInStatuses";
    public static final String FIND_OPEN_FOR_SIGNAL = "Incident.findOpenForSignal";
    public static final String FIND_DUPLICATE_CANDIDATES = "Incident.findDuplicateCandidates";
    public static final String FIND_UNACKNOWLEDGED_DUE = "Incident.findUnacknowledgedDue";

    @Id
    @SequenceGenerator(name = "incident_seq", sequenceName = "incident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentKind kind;

    @Column(nullable = false)
    private int severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentSource source;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(name = "unit_code", length = 8)
    private String unitCode;

    @Column(length = 300)
    private String address;

    private Double latitude;

    private Double longitude;

    @Column(name = "caller_name", length = 120)
    private String callerName;

    @Column(name = "caller_phone", length = 40)
    private String callerPhone;

    /** For incidents the system raises: the subject (a request, a message, a queue), so one stays open per subject. */
    @Column(name = "signal_key", length = 160)
    private String signalKey;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 80)
    private String reportedBy;

    @Column(name = "ack_due_at", nullable = false)
    private Instant ackDueAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 80)
    private String acknowledgedBy;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "incident_request", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "tracking_number", length = 20)
    private Set<String> requests = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "incident_link", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "related_id")
    private Set<Long> related = new TreeSet<>();

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(IncidentKind kind, int severity, IncidentSource source, String title, String description,
                    IncidentPlace place, String reportedBy, Instant reportedAt, Duration acknowledgeWithin) {
        this.kind = kind;
        this.severity = checkedSeverity(severity);
        this.source = source;
        this.title = title;
        this.description = description;
        this.unitCode = place.unitCode();
        this.address = place.address();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.updatedAt = reportedAt;
        this.ackDueAt = reportedAt.plus(acknowledgeWithin);
        this.status = IncidentStatus.REPORTED;
    }

    static int checkedSeverity(int severity) {
        if (severity < 1 || severity > 4) {
            throw new IllegalArgumentException("Severity runs from 1 (most urgent) to 4");
        }
        return severity;
    }

    public void callerDetails(String name, String phone) {
        this.callerName = name;
        this.callerPhone = phone;
    }

    public void signalKey(String key) {
        this.signalKey = key;
    }

    /** The operator takes the incident in hand, confirming or correcting what was reported. */
    public void triage(IncidentKind newKind, int newSeverity, String operator, Instant at) {
        if (status != IncidentStatus.REPORTED && status != IncidentStatus.TRIAGED && status != IncidentStatus.RESOLVED) {
            throw new ConflictException("illegal-transition", "An incident is triaged before teams go out, not while " + status);
        }
        this.kind = newKind == null ? kind : newKind;
        this.severity = checkedSeverity(newSeverity);
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = operator;
        }
        moveTo(IncidentStatus.TRIAGED, at);
    }

    public void moveTo(IncidentStatus target, Instant at) {
        if (target != status && !status.next().contains(target)) {
            throw new ConflictException("illegal-transition", "An incident cannot go from " + status + " to " + target);
        }
        if (target != IncidentStatus.REPORTED && target != IncidentStatus.CLOSED && acknowledgedAt == null) {
            // any step past the report is someone acting on it: the timer stops
            acknowledgedAt = at;
        }
        status = target;
        updatedAt = at;
    }

    /** The acknowledgement timer ran out: raise the level and give the next person the same time again. */
    public void escalate(Duration acknowledgeWithin, Instant at) {
        escalationLevel++;
        ackDueAt = at.plus(acknowledgeWithin);
        updatedAt = at;
    }

    public void mergeInto(Incident primary, Instant at) {
        if (primary.id.equals(id)) {
            throw new ConflictException("same-incident", "An incident cannot be merged into itself");
        }
        if (!status.open() && status != IncidentStatus.RESOLVED) {
            throw new ConflictException("illegal-transition", "A closed incident cannot be merged");
        }
        primary.requests.addAll(requests);
        mergedInto = primary.id;
        status = IncidentStatus.CLOSED;
        updatedAt = at;
        primary.updatedAt = at;
    }

    public void link(Incident other, Instant at) {
        if (other.id.equals(id)) {
            throw new ConflictException("same-incident", "An incident cannot be linked to itself");
        }
        related.add(other.id);
        other.related.add(id);
        updatedAt = at;
        other.updatedAt = at;
    }

    public boolean linkRequest(String trackingNumber, Instant at) {
        updatedAt = at;
        return requests.add(trackingNumber);
    }

    public void touch(Instant at) {
        updatedAt = at;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public String auditState() {
        return "status=" + status + ", kind=" + kind + ", severity=" + severity + ", escalation=" + escalationLevel
                + (mergedInto == null ? "" : ", mergedInto=" + mergedInto);
    }

    public Long id() { return id; }
    public IncidentKind kind() { return kind; }
    public int severity() { return severity; }
    public IncidentStatus status() { return status; }
    public IncidentSource source() { return source; }
    public String title() { return title; }
    public String description() { return description; }
    public String unitCode() { return unitCode; }
    public String address() { return address; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public String callerName() { return callerName; }
    public String callerPhone() { return callerPhone; }
    public String signalKey() { return signalKey; }
    public Instant reportedAt() { return reportedAt; }
    public String reportedBy() { return reportedBy; }
    public Instant ackDueAt() { return ackDueAt; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public int escalationLevel() { return escalationLevel; }
    public Long mergedInto() { return mergedInto; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> requests() { return Collections.unmodifiableSet(requests); }
    public Set<Long> related() { return Collections.unmodifiableSet(related); }
    public long version() { return version; }
    public IncidentPlace place() { return new IncidentPlace(unitCode, address, latitude, longitude); }
}
