package al.tirana.sporteli.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One audited change. Written unsealed in the transaction of the change; the sealer then gives it its
 * place in the chain and a hash over every field and the previous entry's hash. It has no setters.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT,
        query = "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id order by a.id")
@NamedQuery(name = AuditEntry.FIND_UNSEALED,
        query = "select a from AuditEntry a where a.chainNo is null order by a.id")
@NamedQuery(name = AuditEntry.FIND_CHAIN_PAGE,
        query = "select a from AuditEntry a where a.chainNo > :after order by a.chainNo")
public class AuditEntry {

    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";
    public static final String FIND_CHAIN_PAGE = "AuditEntry.findChainPage";
    public static final String FIND_UNSEALED = "AuditEntry.findUnsealed";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "chain_no", unique = true)
    private Long chainNo;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "actor_role", length = 30)
    private String actorRole;

    @Column(name = "actor_unit", length = 12)
    private String actorUnit;

    @Column(length = 64)
    private String address;

    @Column(length = 10)
    private String channel;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 40)
    private String subjectId;

    @Column(name = "before_state", length = 4000)
    private String before;

    @Column(name = "after_state", length = 4000)
    private String after;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String actorRole, String actorUnit, String address,
                      String channel, String action, String subjectType, String subjectId, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.actorRole = actorRole;
        this.actorUnit = actorUnit;
        this.address = address;
        this.channel = channel;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
    }

    /** Takes its place after the chain's last entry; once sealed, never again. */
    public void seal(long chainNo, String previousHash) {
        if (this.chainNo != null) {
            throw new IllegalStateException("Audit entry " + id + " is sealed already");
        }
        this.chainNo = chainNo;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    public boolean sealed() {
        return chainNo != null;
    }

    /** SHA-256 over every field and the previous hash, each field length-prefixed so no two entries collide by shifting text. */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object part : new Object[] {chainNo, at.toEpochMilli(), actor, actorRole, actorUnit, address, channel,
                action, subjectType, subjectId, before, after, previousHash}) {
            String text = part == null ? "" : part.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Its place in the chain, or null until the sealer has come by (within a second or so of the commit). */
    public Long chainNo() {
        return chainNo;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String actorUnit() {
        return actorUnit;
    }

    public String address() {
        return address;
    }

    public String channel() {
        return channel;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
