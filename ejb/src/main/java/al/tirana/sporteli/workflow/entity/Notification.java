package al.tirana.sporteli.workflow.entity;

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
import java.time.Instant;

/** A message to the staff of a queue: a deadline is near, or has passed. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FIND_FOR_REQUEST,
        query = "select n from Notification n where n.requestId = :request order by n.id")
public class Notification {

    public static final String FIND_FOR_REQUEST = "Notification.findForRequest";

    public enum Kind {
        DEADLINE_WARNING,
        DEADLINE_BREACH
    }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "queue_code", nullable = false, length = 12)
    private String queueCode;

    /** The officer holding the task, when someone does; otherwise the whole queue's staff in the role. */
    @Column(length = 80)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String queueCode, String recipient, Role role, Kind kind, long requestId, Instant createdAt) {
        this.queueCode = queueCode;
        this.recipient = recipient;
        this.role = role;
        this.kind = kind;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    public String queueCode() {
        return queueCode;
    }

    public String recipient() {
        return recipient;
    }

    public Role role() {
        return role;
    }

    public Kind kind() {
        return kind;
    }

    public long requestId() {
        return requestId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
