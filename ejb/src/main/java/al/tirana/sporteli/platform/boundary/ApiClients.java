package al.tirana.sporteli.platform.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.ApiClient;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;

/** API keys of systems and apps (Open311 clients among them): issued by administrators, shown once. */
@Stateless
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @return the new key, which is stored only as a hash and cannot be shown again */
    public String issue(String name, Channel channel, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            audit.record(caller, "apiclient.issue.denied", "apiclient", String.valueOf(name), null, null);
            throw new AccessDeniedException("Only administrators issue API keys");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw InvalidInputException.of("name", "field.required");
        }
        if (channel != Channel.SYSTEM && channel != Channel.MOBILE && channel != Channel.PORTAL) {
            throw InvalidInputException.of("channel", "field.unknownValue");
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String key = "spk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new ApiClient(name.strip(), hash(key), channel, clock.instant()));
        audit.record(caller, "apiclient.issue", "apiclient", name.strip(), null, channel.name());
        return key;
    }

    /**
     * The calling system, as a caller the boundaries understand, or empty for an unknown or revoked key.
     * A read on every API call: it joins a transaction if there is one and starts none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> authenticate(String key, String address) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiClient.FIND_BY_KEY_HASH, ApiClient.class)
                .setParameter("hash", hash(key.strip()))
                .getResultStream().findFirst()
                .map(client -> new Caller("api:" + client.name(), EnumSet.noneOf(Role.class), null, address, client.channel()));
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
