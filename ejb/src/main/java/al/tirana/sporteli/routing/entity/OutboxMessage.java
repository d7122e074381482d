package al.tirana.sporteli.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message written in the transaction that caused it and not yet handed to the broker. It exists
 * exactly as long as its message has not been sent: the relay deletes it in the sending transaction.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final short URGENT = 1;
    public static final short ORDINARY = 0;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false)
    private short priority;

    @Column(nullable = false, length = 120)
    private String destination;

    @Column(name = "message_id", nullable = false, length = 64)
    private String messageId;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(short priority, String destination, String messageId, String kind, String body, Instant createdAt) {
        this.priority = priority;
        this.destination = destination;
        this.messageId = messageId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public short priority() {
        return priority;
    }

    public String destination() {
        return destination;
    }

    public String messageId() {
        return messageId;
    }

    public String kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
