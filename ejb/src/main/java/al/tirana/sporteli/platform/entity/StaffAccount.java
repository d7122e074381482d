package al.tirana.sporteli.platform.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A member of staff who signs in: the unit or department they work for decides what they see, their
 * roles what they may do. Repeated wrong passwords lock the account for a while, so that guessing
 * costs an attacker hours rather than seconds.
 */
@Entity
@Table(name = "staff_account")
// every request of a signed-in user looks the account up; a change to any account drops the remembered answers
@Cacheable
@NamedQuery(name = StaffAccount.FIND_BY_USERNAME, query = "select a from StaffAccount a where a.username = :username",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = StaffAccount.FIND_ALL, query = "select a from StaffAccount a order by a.username")
public class StaffAccount {

    public static final String FIND_BY_USERNAME = "StaffAccount.findByUsername";
    public static final String FIND_ALL = "StaffAccount.findAll";
    /** Wrong passwords in a row that lock the account. */
    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 12)
    private String organisation;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String fullName, String organisation, Set<Role> roles, String passwordHash,
                        Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.organisation = organisation;
        this.roles = new HashSet<>(roles);
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** @return true when this failure locked the account */
    public boolean loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= LOCK_AFTER) {
            lockedUntil = now.plus(LOCK_FOR);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void loggedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void change(String fullName, String organisation, Set<Role> roles, boolean active) {
        this.fullName = fullName;
        this.organisation = organisation;
        this.roles = new HashSet<>(roles);
        this.active = active;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** An administrator lifts a lockout before it runs out. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Caller asCaller(String address, Channel channel) {
        return new Caller(username, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), organisation,
                address, channel);
    }

    public String auditState() {
        return "name=" + fullName + ";org=" + organisation + ";roles=" + roles + ";active=" + active;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String organisation() {
        return organisation;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }
}
