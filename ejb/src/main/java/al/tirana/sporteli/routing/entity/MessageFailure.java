package al.tirana.sporteli.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Why a consumer failed on a message, kept outside the consumer's transaction (which rolls back), so
 * that when the message lands in the dead-letter queue the operator reads the reason next to it.
 */
@Entity
@Table(name = "message_failure")
public class MessageFailure {

    /** The broker's JMSMessageID: every message has one, even one that is not ours. */
    @Id
    @Column(name = "message_id", length = 100)
    private String messageId;

    @Column(nullable = false, length = 120)
    private String destination;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", nullable = false, length = 1000)
    private String lastError;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected MessageFailure() {
    }

    public MessageFailure(String messageId, String destination) {
        this.messageId = messageId;
        this.destination = destination;
    }

    public void failed(String error, Instant at) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        lastFailedAt = at;
    }

    public String messageId() { return messageId; }
    public String destination() { return destination; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public Instant lastFailedAt() { return lastFailedAt; }
}
