package al.tirana.sporteli.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing from one address across many accounts, which the per-account lockout alone does
 * not stop: past a number of failures within a window, an address is refused without its passwords
 * being checked, until the window has moved on.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean allows(String address, Instant now) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() < MAX_FAILURES;
        }
    }

    public void failed(String address, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
