package al.tirana.sporteli.platform.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A system or app that calls Sporteli with an API key; only the key's SHA-256 is stored. Every API call
 * looks its key up, so clients and the look-up's answers are kept in memory; a change to any client
 * (a revoked key) drops the remembered answers.
 */
@Entity
@Table(name = "api_client")
@Cacheable
@NamedQuery(name = ApiClient.FIND_BY_KEY_HASH, query = "select c from ApiClient c where c.keyHash = :hash and c.active = true",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true"),
                // read on every API call and never changed by it: the cached client itself, not a copy per call
                @QueryHint(name = "eclipselink.read-only", value = "true")})
public class ApiClient {

    public static final String FIND_BY_KEY_HASH = "ApiClient.findByKeyHash";

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiClient() {
    }

    public ApiClient(String name, String keyHash, Channel channel, Instant createdAt) {
        this.name = name;
        this.keyHash = keyHash;
        this.channel = channel;
        this.active = true;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public Channel channel() {
        return channel;
    }

    public void revoke() {
        this.active = false;
    }
}
