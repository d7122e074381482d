package al.tirana.sporteli.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain. Appends lock this one row, which gives the chain a single order across threads and servers. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_no", nullable = false)
    private long lastNo;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long lastNo() {
        return lastNo;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advance(AuditEntry entry) {
        this.lastNo = entry.chainNo();
        this.lastHash = entry.hash();
    }
}
