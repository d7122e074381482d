package al.tirana.sporteli.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the consumers' ledger: this message id, sent at this time, was handled on this queue at
 * this time. The two times give the message's routing time.
 */
@Entity
@Table(name = "processed_message")
@NamedQuery(name = ProcessedMessage.FIND_HANDLED, query = "select p.messageId from ProcessedMessage p where p.messageId in :ids")
public class ProcessedMessage {

    public static final String FIND_HANDLED = "ProcessedMessage.findHandled";

    @Id
    @Column(name = "message_id", length = 64)
    private String messageId;

    @Column(nullable = false, length = 120)
    private String destination;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedMessage() {
    }

    public ProcessedMessage(String messageId, String destination, String kind, Instant sentAt, Instant processedAt) {
        this.messageId = messageId;
        this.destination = destination;
        this.kind = kind;
        this.sentAt = sentAt;
        this.processedAt = processedAt;
    }

    public String messageId() {
        return messageId;
    }

    public String destination() {
        return destination;
    }

    public String kind() {
        return kind;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
