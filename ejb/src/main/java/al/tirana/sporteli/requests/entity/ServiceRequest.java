package al.tirana.sporteli.requests.entity;

import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.deadlines.control.WarningTime;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.control.StepTransitions;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The case: one citizen's application, from receipt to closure. Its status changes only through
 * {@link #perform(Action)}, which obeys {@link StepTransitions}; an illegal action changes nothing.
 */
@Entity
@Table(name = "service_request")
@NamedQuery(name = ServiceRequest.FIND_BY_TRACKING_NUMBER,
        query = "select r from ServiceRequest r where r.trackingNumber = :number")
@NamedQuery(name = ServiceRequest.FIND_BY_IDEMPOTENCY_KEY,
        query = "select r from ServiceRequest r where r.idempotencyKey = :key")
@NamedQuery(name = ServiceRequest.FIND_DUE_FOR_WARNING,
        query = "select r.id from ServiceRequest r where r.status in :statuses and r.warned = false"
                + " and r.pausedSince is null and r.warnAt <= :now order by r.id")
@NamedQuery(name = ServiceRequest.FIND_BY_IDS, query = "select r from ServiceRequest r where r.id in :ids order by r.id")
@NamedQuery(name = ServiceRequest.FIND_DUE_FOR_BREACH,
        query = "select r.id from ServiceRequest r where r.status in :statuses and r.breached = false"
                + " and r.pausedSince is null and r.breachAt <= :now order by r.id")
@NamedQuery(name = ServiceRequest.FIND_AWAITING_DECISION,
        query = "select r from ServiceRequest r where r.status in :statuses and r.id > :after order by r.id")
public class ServiceRequest {

    public static final String FIND_BY_TRACKING_NUMBER = "ServiceRequest.findByTrackingNumber";
    public static final String FIND_BY_IDEMPOTENCY_KEY = "ServiceRequest.findByIdempotencyKey";
    public static final String FIND_DUE_FOR_WARNING = "ServiceRequest.findDueForWarning";
    public static final String FIND_BY_IDS = "ServiceRequest.findByIds";
    public static final String FIND_DUE_FOR_BREACH = "ServiceRequest.findDueForBreach";
    public static final String FIND_AWAITING_DECISION = "ServiceRequest.findAwaitingDecision";

    @Id
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    private Long id;

    @Column(name = "tracking_number", nullable = false, unique = true, length = 24)
    private String trackingNumber;

    /**
     * The citizen's access code, salted and hashed under a key kept outside the database
     * ({@code AccessCodes}): the code itself is printed on the receipt and kept nowhere.
     */
    @Column(name = "access_code_hash", nullable = false, length = 64)
    private String accessCodeHash;

    @Column(name = "idempotency_key", unique = true, length = 100)
    private String idempotencyKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private ServiceDefinition service;

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Embedded
    private Applicant applicant;

    @Embedded
    private Location location;

    @Column(length = 4000)
    private String description;

    /** The service's own fields as a JSON object. */
    @Column(name = "field_values", length = 4000)
    private String fieldValues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    /** The queue of the unit or department whose turn it is. */
    @Column(name = "queue_code", nullable = false, length = 12)
    private String queueCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "legal_due_at")
    private Instant legalDueAt;

    @Column(name = "target_due_at")
    private Instant targetDueAt;

    /** When the escalation warns of the nearing service target: derived from the due times, kept for its index. */
    @Column(name = "warn_at")
    private Instant warnAt;

    /** When the request is overdue: the legal deadline where the law sets one, else the service target; kept for its index. */
    @Column(name = "breach_at")
    private Instant breachAt;

    @Column(name = "paused_since")
    private Instant pausedSince;

    @ElementCollection
    @CollectionTable(name = "request_pause", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Pause> pauses = new ArrayList<>();

    @Column(nullable = false)
    private int extension;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(nullable = false)
    private boolean warned;

    @Column(nullable = false)
    private boolean breached;

    @Column(name = "decision_note", length = 2000)
    private String decisionNote;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    public ServiceRequest(TrackingNumber trackingNumber, String accessCodeHash, String idempotencyKey,
                          ServiceDefinition service, Channel channel, Applicant applicant, Location location,
                          String description, String fieldValues, String queueCode, Instant receivedAt) {
        this.trackingNumber = trackingNumber.toString();
        this.accessCodeHash = accessCodeHash;
        this.idempotencyKey = idempotencyKey;
        this.service = service;
        this.serviceCode = service.code();
        this.channel = channel;
        this.applicant = applicant;
        this.location = location;
        this.description = description;
        this.fieldValues = fieldValues;
        this.status = RequestStatus.RECEIVED;
        this.currentStep = 0;
        this.queueCode = queueCode;
        this.receivedAt = receivedAt;
    }

    /** Moves the status machine one step, or refuses with a conflict and changes nothing. */
    public RequestStatus perform(Action action) {
        RequestStatus next = StepTransitions.next(status, action).orElseThrow(() -> new ConflictException(
                "illegal-transition", "A request that is " + status + " cannot take the action " + action));
        this.status = next;
        return next;
    }

    /** The next step's turn: its queue now holds the request. */
    public void moveToStep(int step, String queue) {
        if (step < 0 || step >= service.steps().size()) {
            throw new ConflictException("no-such-step", "The service has no step " + step);
        }
        this.currentStep = step;
        this.queueCode = queue;
    }

    public void pauseClocks(Instant at) {
        pausedSince = at;
        pauses.add(new Pause(at));
    }

    public void resumeClocks(Instant at) {
        pauses.stream().filter(Pause::running).forEach(p -> p.end(at));
        pausedSince = null;
    }

    /** Extends the deadlines within the limit the service's law allows, with the reason on record. */
    public void extend(int amount, String reason) {
        if (amount <= 0) {
            throw new ConflictException("extension-invalid", "An extension adds at least 1");
        }
        if (extension + amount > service.extensionLimit()) {
            throw new ConflictException("extension-limit", "The law of " + serviceCode + " allows an extension of "
                    + service.extensionLimit() + " at most; " + extension + " already granted");
        }
        extension += amount;
        extensionReason = reason;
    }

    /** Sets the due times, and with them when the escalation warns of the target and when it marks the request overdue. */
    public void scheduleDeadlines(Instant legalDue, Instant targetDue) {
        this.legalDueAt = legalDue;
        this.targetDueAt = targetDue;
        this.warnAt = WarningTime.of(receivedAt, targetDue);
        this.breachAt = legalDue != null ? legalDue : targetDue;
    }

    public void relocate(String unitCode) {
        this.location = location().inUnit(unitCode);
    }

    public void recordDecision(String note) {
        this.decisionNote = note;
    }

    public void markWarned() {
        this.warned = true;
    }

    public void markBreached() {
        this.breached = true;
    }

    public void markClosed(Instant at) {
        this.closedAt = at;
    }

    public void markReopened() {
        this.closedAt = null;
        this.warned = false;
        this.breached = false;
    }

    public Long id() {
        return id;
    }

    public TrackingNumber trackingNumber() {
        return TrackingNumber.parse(trackingNumber);
    }

    public String accessCodeHash() {
        return accessCodeHash;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ServiceDefinition service() {
        return service;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Channel channel() {
        return channel;
    }

    public Applicant applicant() {
        return applicant;
    }

    /** EclipseLink reads an embeddable whose columns are all null as null: a request about no place. */
    public Location location() {
        return location == null ? Location.NOWHERE : location;
    }

    public String unitCode() {
        return location().unitCode();
    }

    public String description() {
        return description;
    }

    public String fieldValues() {
        return fieldValues;
    }

    public RequestStatus status() {
        return status;
    }

    public int currentStep() {
        return currentStep;
    }

    public String queueCode() {
        return queueCode;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant legalDueAt() {
        return legalDueAt;
    }

    public Instant targetDueAt() {
        return targetDueAt;
    }

    public Instant warnAt() {
        return warnAt;
    }

    public Instant breachAt() {
        return breachAt;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    public int extension() {
        return extension;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public boolean warned() {
        return warned;
    }

    public boolean breached() {
        return breached;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }

    /** A short, stable picture of the state, for the audit's before and after. */
    public String auditState() {
        return "status=" + status + ";step=" + currentStep + ";queue=" + queueCode
                + (pausedSince != null ? ";paused" : "") + (extension > 0 ? ";extension=" + extension : "");
    }
}
