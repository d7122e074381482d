package al.tirana.sporteli.workflow.entity;

import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One step of one request, waiting in the work queue of a unit or department. */
@Entity
@Table(name = "task")
@NamedQuery(name = Task.FIND_ACTIVE_FOR_REQUEST,
        query = "select t from Task t where t.requestId = :request and t.status in :statuses order by t.roundNo desc")
@NamedQuery(name = Task.FIND_ASSIGNEES,
        query = "select t.requestId, t.assignee from Task t where t.requestId in :requests and t.status in :statuses order by t.roundNo desc")
@NamedQuery(name = Task.FIND_ROUNDS,
        query = "select t.requestId, t.roundNo from Task t where t.requestId in :requests")
@NamedQuery(name = Task.FIND_QUEUE_PAGE,
        query = "select t from Task t where t.queueCode = :queue and t.status in :statuses and t.id > :after order by t.id")
public class Task {

    public static final String FIND_ACTIVE_FOR_REQUEST = "Task.findActiveForRequest";
    public static final String FIND_QUEUE_PAGE = "Task.findQueuePage";
    public static final String FIND_ROUNDS = "Task.findRounds";
    public static final String FIND_ASSIGNEES = "Task.findAssignees";

    @Id
    @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    /** Increases with every task of the request; with the request id it makes filing a task idempotent. */
    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "step_position", nullable = false)
    private int stepPosition;

    @Column(name = "step_code", nullable = false, length = 40)
    private String stepCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "queue_code", nullable = false, length = 12)
    private String queueCode;

    @Column(length = 80)
    private String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the message that asked for this task was sent: with {@link #createdAt}, its routing time. */
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected Task() {
    }

    public Task(long requestId, int roundNo, int stepPosition, String stepCode, Role role, String queueCode,
                Instant sentAt, Instant createdAt, Instant dueAt) {
        this.requestId = requestId;
        this.roundNo = roundNo;
        this.stepPosition = stepPosition;
        this.stepCode = stepCode;
        this.role = role;
        this.queueCode = queueCode;
        this.status = TaskStatus.OPEN;
        this.sentAt = sentAt;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    public void claim(String user) {
        if (status == TaskStatus.CLAIMED && !user.equals(assignee)) {
            throw new ConflictException("task-taken", "Task " + id + " is already claimed by " + assignee);
        }
        requireActive();
        this.assignee = user;
        this.status = TaskStatus.CLAIMED;
    }

    /** A head hands the task to someone, whoever held it before. */
    public void assign(String user) {
        requireActive();
        this.assignee = user;
        this.status = TaskStatus.CLAIMED;
    }

    public void finish(Instant at) {
        requireActive();
        this.status = TaskStatus.DONE;
        this.finishedAt = at;
    }

    public void cancel(Instant at) {
        if (status == TaskStatus.OPEN || status == TaskStatus.CLAIMED) {
            this.status = TaskStatus.CANCELLED;
            this.finishedAt = at;
        }
    }

    /** Moves the task to another queue, as triage does once it knows the unit. */
    public void moveTo(String queue) {
        requireActive();
        this.queueCode = queue;
        this.assignee = null;
        this.status = TaskStatus.OPEN;
    }

    private void requireActive() {
        if (status != TaskStatus.OPEN && status != TaskStatus.CLAIMED) {
            throw new ConflictException("task-finished", "Task " + id + " is " + status);
        }
    }

    public boolean isActive() {
        return status == TaskStatus.OPEN || status == TaskStatus.CLAIMED;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public int roundNo() {
        return roundNo;
    }

    public int stepPosition() {
        return stepPosition;
    }

    public String stepCode() {
        return stepCode;
    }

    public Role role() {
        return role;
    }

    public String queueCode() {
        return queueCode;
    }

    public String assignee() {
        return assignee;
    }

    public TaskStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long version() {
        return version;
    }
}
