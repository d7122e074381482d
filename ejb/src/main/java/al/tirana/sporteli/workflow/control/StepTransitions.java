package al.tirana.sporteli.workflow.control;

import static al.tirana.sporteli.requests.entity.RequestStatus.APPROVED;
import static al.tirana.sporteli.requests.entity.RequestStatus.CANCELLED;
import static al.tirana.sporteli.requests.entity.RequestStatus.CLOSED;
import static al.tirana.sporteli.requests.entity.RequestStatus.DELIVERED;
import static al.tirana.sporteli.requests.entity.RequestStatus.IN_REVIEW;
import static al.tirana.sporteli.requests.entity.RequestStatus.PENDING_APPROVAL;
import static al.tirana.sporteli.requests.entity.RequestStatus.RECEIVED;
import static al.tirana.sporteli.requests.entity.RequestStatus.REJECTED;
import static al.tirana.sporteli.requests.entity.RequestStatus.REOPENED;
import static al.tirana.sporteli.requests.entity.RequestStatus.RETURNED;
import static al.tirana.sporteli.requests.entity.RequestStatus.WAITING_FOR_CITIZEN;

import al.tirana.sporteli.requests.entity.RequestStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The status machine: for each action, the statuses it may start from and the status it leads to.
 * One table, so that every channel and screen obeys the same rules.
 */
public final class StepTransitions {

    private record Rule(Set<RequestStatus> from, RequestStatus to) {
    }

    /** A {@code to} of null keeps the status (claiming a task under review, say). */
    private static final Map<Action, Rule> RULES = new EnumMap<>(Action.class);

    static {
        Set<RequestStatus> claimable = EnumSet.of(RECEIVED, IN_REVIEW, RETURNED, REOPENED, PENDING_APPROVAL);
        RULES.put(Action.CLAIM, new Rule(claimable, null));
        RULES.put(Action.ASSIGN, new Rule(claimable, null));
        RULES.put(Action.COMPLETE_STEP, new Rule(EnumSet.of(IN_REVIEW), IN_REVIEW));
        RULES.put(Action.RETURN_TO_STEP, new Rule(EnumSet.of(IN_REVIEW), IN_REVIEW));
        RULES.put(Action.REQUEST_DOCUMENTS, new Rule(EnumSet.of(IN_REVIEW), WAITING_FOR_CITIZEN));
        RULES.put(Action.CITIZEN_RESPONDED, new Rule(EnumSet.of(WAITING_FOR_CITIZEN), IN_REVIEW));
        RULES.put(Action.SUBMIT_FOR_APPROVAL, new Rule(EnumSet.of(IN_REVIEW), PENDING_APPROVAL));
        RULES.put(Action.APPROVE, new Rule(EnumSet.of(PENDING_APPROVAL), APPROVED));
        RULES.put(Action.REJECT, new Rule(EnumSet.of(PENDING_APPROVAL), REJECTED));
        RULES.put(Action.RETURN, new Rule(EnumSet.of(PENDING_APPROVAL), RETURNED));
        RULES.put(Action.DELIVER, new Rule(EnumSet.of(APPROVED, REJECTED), DELIVERED));
        RULES.put(Action.CLOSE, new Rule(EnumSet.of(DELIVERED), CLOSED));
        RULES.put(Action.CANCEL, new Rule(RequestStatus.AWAITING_DECISION, CANCELLED));
        RULES.put(Action.REOPEN, new Rule(EnumSet.of(CLOSED, CANCELLED), REOPENED));
        RULES.put(Action.EXTEND_DEADLINE, new Rule(RequestStatus.AWAITING_DECISION, null));
        RULES.put(Action.RELOCATE, new Rule(RequestStatus.AWAITING_DECISION, null));
        // the clocks stand still while the citizen is asked for documents, so silence cannot run out then
        Set<RequestStatus> silent = EnumSet.of(RECEIVED, IN_REVIEW, PENDING_APPROVAL, RETURNED, REOPENED);
        RULES.put(Action.TACIT_APPROVAL, new Rule(silent, APPROVED));
        RULES.put(Action.TACIT_REFUSAL, new Rule(silent, REJECTED));
    }

    private StepTransitions() {
    }

    public static boolean allowed(RequestStatus from, Action action) {
        return RULES.get(action).from().contains(from);
    }

    /** @return the status after the action; empty when the action is not allowed in {@code from} */
    public static Optional<RequestStatus> next(RequestStatus from, Action action) {
        Rule rule = RULES.get(action);
        if (!rule.from().contains(from)) {
            return Optional.empty();
        }
        if (rule.to() != null) {
            return Optional.of(rule.to());
        }
        // taking up a task starts the review of a new, returned or reopened request
        boolean startsReview = (action == Action.CLAIM || action == Action.ASSIGN) && from != PENDING_APPROVAL;
        return Optional.of(startsReview ? IN_REVIEW : from);
    }

    /** The actions open to a request in this status, for screens that offer only what is allowed. */
    public static Set<Action> available(RequestStatus from) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        RULES.forEach((action, rule) -> {
            if (rule.from().contains(from)) {
                actions.add(action);
            }
        });
        return actions;
    }
}
