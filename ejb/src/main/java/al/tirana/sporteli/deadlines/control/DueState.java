package al.tirana.sporteli.deadlines.control;

import al.tirana.sporteli.requests.entity.ServiceRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a request stands against its deadline, decided in this one place so that the API, the work
 * queue and the request page agree: the legal deadline where the law sets one, else the service target;
 * a request whose clocks are paused (waiting for the citizen) is never late.
 */
public enum DueState {
    OVERDUE,
    DUE_SOON,
    ON_TIME;

    /** "Due soon" starts this long before the deadline. */
    public static final Duration SOON = Duration.ofHours(24);

    public static DueState of(ServiceRequest request, Instant now) {
        return of(due(request), request.pausedSince() != null, now);
    }

    static DueState of(Instant due, boolean paused, Instant now) {
        if (due == null || paused) {
            return ON_TIME;
        }
        return due.isBefore(now) ? OVERDUE : due.isBefore(now.plus(SOON)) ? DUE_SOON : ON_TIME;
    }

    public static Instant due(ServiceRequest request) {
        return request.legalDueAt() != null ? request.legalDueAt() : request.targetDueAt();
    }
}
