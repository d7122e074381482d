package al.tirana.sporteli.requests.entity;

import java.util.EnumSet;
import java.util.Set;

/** The status machine of DESIGN.md; Open311 sees only open or closed. */
public enum RequestStatus {
    RECEIVED,
    IN_REVIEW,
    WAITING_FOR_CITIZEN,
    PENDING_APPROVAL,
    RETURNED,
    APPROVED,
    REJECTED,
    DELIVERED,
    CLOSED,
    CANCELLED,
    REOPENED;

    /** Statuses in which the municipality still owes the citizen a decision: the deadline clocks run. */
    public static final Set<RequestStatus> AWAITING_DECISION =
            EnumSet.of(RECEIVED, IN_REVIEW, WAITING_FOR_CITIZEN, PENDING_APPROVAL, RETURNED, REOPENED);

    /** What the citizen no longer waits for. */
    public static final Set<RequestStatus> FINISHED = EnumSet.of(DELIVERED, CLOSED, CANCELLED);

    public boolean awaitsDecision() {
        return AWAITING_DECISION.contains(this);
    }

    public boolean isOpen() {
        return !FINISHED.contains(this);
    }
}
