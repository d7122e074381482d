package al.tirana.sporteli.platform.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.platform.control.LoginThrottle;
import al.tirana.sporteli.platform.control.PasswordHashes;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.platform.entity.StaffAccount;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Staff accounts: signing in, with lockout and an audit of every attempt, and their administration. */
@Stateless
public class StaffAccounts {

    /** What a sign-in attempt came to; only SIGNED_IN carries a caller. */
    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED, THROTTLED }

    public record SignIn(Outcome outcome, Caller caller) {
    }

    /** What an administrator sets on an account; a null password keeps the current one. */
    public record AccountTerms(String username, String fullName, String organisation, Set<Role> roles, String password,
                               Boolean active) {
    }

    /** Queues that are neither a unit nor a department, but have their own staff. */
    private static final Set<String> CENTRAL_QUEUES = Set.of("TRIAGE", "EMERGENCY");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,59}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /**
     * Checks a user name and password. Every attempt is audited; five wrong passwords in a row lock the
     * account for a quarter of an hour, and an address that keeps failing is throttled. Its own
     * transaction, so that a failure is counted whatever the caller does next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignIn signIn(String username, String password, String address) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Caller attempt = new Caller(name.isEmpty() ? "anonymous" : name, Set.of(), null, address, Channel.DESK);
        if (!throttle.allows(address, now)) {
            audit.record(attempt, "login.throttled", "account", name, null, null);
            return new SignIn(Outcome.THROTTLED, null);
        }
        Optional<StaffAccount> found = find(name).filter(StaffAccount::active);
        if (found.isEmpty()) {
            PasswordHashes.spendOneVerification(password);
            return failed(attempt, name, address, now, Outcome.WRONG_CREDENTIALS);
        }
        StaffAccount account = found.get();
        if (account.lockedAt(now)) {
            throttle.failed(address, now);
            audit.record(attempt, "login.locked", "account", name, null, "until=" + account.lockedUntil());
            return new SignIn(Outcome.LOCKED, null);
        }
        if (!PasswordHashes.matches(account.passwordHash(), password)) {
            boolean locked = account.loginFailed(now);
            if (locked) {
                audit.record(attempt, "account.locked", "account", name, null, "until=" + account.lockedUntil());
            }
            return failed(attempt, name, address, now, locked ? Outcome.LOCKED : Outcome.WRONG_CREDENTIALS);
        }
        account.loggedIn(now);
        Caller caller = account.asCaller(address, Channel.DESK);
        audit.record(caller, "login.success", "account", name, null, null);
        return new SignIn(Outcome.SIGNED_IN, caller);
    }

    private SignIn failed(Caller attempt, String name, String address, Instant now, Outcome outcome) {
        throttle.failed(address, now);
        audit.record(attempt, "login.failure", "account", name, null, null);
        return new SignIn(outcome, null);
    }

    public void signedOut(Caller caller) {
        audit.record(caller, "logout", "account", caller.name(), null, null);
    }

    /**
     * The signed-in user as the boundaries see them, with their current roles and unit; empty once disabled.
     * Asked on every request, so it starts no transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> caller(String username, String address, Channel channel) {
        return find(username).filter(StaffAccount::active).map(a -> a.asCaller(address, channel));
    }

    public List<StaffAccount> list(Caller caller) {
        requireAdmin(caller, "account.list");
        return em.createNamedQuery(StaffAccount.FIND_ALL, StaffAccount.class).getResultList();
    }

    public StaffAccount create(AccountTerms terms, Caller caller) {
        requireAdmin(caller, "account.create");
        String username = terms.username() == null ? "" : terms.username().strip().toLowerCase(Locale.ROOT);
        Map<String, String> errors = check(terms, true);
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.username.format");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (find(username).isPresent()) {
            throw new ConflictException("account-exists", "An account named " + username + " exists already");
        }
        StaffAccount account = new StaffAccount(username, terms.fullName().strip(), organisation(terms), terms.roles(),
                PasswordHashes.hash(terms.password()), clock.instant());
        em.persist(account);
        audit.record(caller, "account.create", "account", username, null, account.auditState());
        return account;
    }

    public StaffAccount update(String username, AccountTerms terms, Caller caller) {
        requireAdmin(caller, "account.update");
        StaffAccount account = find(username).orElseThrow(() -> new NotFoundException("No account " + username));
        Map<String, String> errors = check(terms, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = account.auditState();
        account.change(terms.fullName().strip(), organisation(terms), terms.roles(),
                terms.active() == null || terms.active());
        if (terms.password() != null) {
            account.changePassword(PasswordHashes.hash(terms.password()));
        }
        audit.record(caller, "account.update", "account", username, before,
                account.auditState() + (terms.password() != null ? ";password=changed" : ""));
        return account;
    }

    public StaffAccount unlock(String username, Caller caller) {
        requireAdmin(caller, "account.unlock");
        StaffAccount account = find(username).orElseThrow(() -> new NotFoundException("No account " + username));
        account.unlock();
        audit.record(caller, "account.unlock", "account", username, null, null);
        return account;
    }

    /** Creates an account without an administrator: for the first administrator and the demo's staff. */
    public void createIfAbsent(AccountTerms terms, Caller system) {
        if (!system.has(Role.SYSTEM) || find(terms.username()).isPresent()) {
            return;
        }
        StaffAccount account = new StaffAccount(terms.username(), terms.fullName(), terms.organisation(), terms.roles(),
                PasswordHashes.hash(terms.password()), clock.instant());
        em.persist(account);
        audit.record(system, "account.create", "account", terms.username(), null, account.auditState());
    }

    public long count() {
        return em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult();
    }

    private Map<String, String> check(AccountTerms terms, boolean passwordRequired) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (terms.fullName() == null || terms.fullName().isBlank() || terms.fullName().length() > 200) {
            errors.put("fullName", "field.required");
        }
        if (terms.roles() == null || terms.roles().isEmpty() || terms.roles().contains(Role.SYSTEM)) {
            errors.put("roles", "account.roles");
        }
        String org = organisation(terms);
        if (org != null && !CENTRAL_QUEUES.contains(org) && em.createQuery("select count(u) from AdministrativeUnit u where u.code = :c", Long.class)
                .setParameter("c", org).getSingleResult()
                + em.createQuery("select count(d) from Department d where d.code = :c", Long.class)
                .setParameter("c", org).getSingleResult() == 0) {
            errors.put("organisation", "account.organisation");
        }
        if ((passwordRequired || terms.password() != null) && !PasswordHashes.strongEnough(terms.password())) {
            errors.put("password", "account.password.weak");
        }
        return errors;
    }

    private static String organisation(AccountTerms terms) {
        return terms.organisation() == null || terms.organisation().isBlank()
                ? null : terms.organisation().strip().toUpperCase(Locale.ROOT);
    }

    private Optional<StaffAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private void requireAdmin(Caller caller, String action) {
        if (!caller.has(Role.ADMIN)) {
            audit.record(caller, action + ".denied", "account", "*", null, null);
            throw new AccessDeniedException("Only administrators manage accounts");
        }
    }
}
