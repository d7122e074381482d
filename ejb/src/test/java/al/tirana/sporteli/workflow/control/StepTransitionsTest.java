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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.requests.entity.RequestStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTransitionsTest {

    @Test
    void followsTheWholePathFromReceiptToClosure() {
        RequestStatus status = RECEIVED;
        status = next(status, Action.CLAIM);
        assertEquals(IN_REVIEW, status);
        status = next(status, Action.COMPLETE_STEP);
        assertEquals(IN_REVIEW, status);
        status = next(status, Action.SUBMIT_FOR_APPROVAL);
        assertEquals(PENDING_APPROVAL, status);
        status = next(status, Action.CLAIM);
        assertEquals(PENDING_APPROVAL, status, "the head taking the approval task does not change the status");
        status = next(status, Action.APPROVE);
        assertEquals(APPROVED, status);
        status = next(status, Action.DELIVER);
        assertEquals(DELIVERED, status);
        assertEquals(CLOSED, next(status, Action.CLOSE));
    }

    @Test
    void waitingForTheCitizenAndBack() {
        assertEquals(WAITING_FOR_CITIZEN, next(IN_REVIEW, Action.REQUEST_DOCUMENTS));
        assertEquals(IN_REVIEW, next(WAITING_FOR_CITIZEN, Action.CITIZEN_RESPONDED));
    }

    @Test
    void headReturnsAndRejects() {
        assertEquals(RETURNED, next(PENDING_APPROVAL, Action.RETURN));
        assertEquals(IN_REVIEW, next(RETURNED, Action.CLAIM));
        assertEquals(REJECTED, next(PENDING_APPROVAL, Action.REJECT));
        assertEquals(DELIVERED, next(REJECTED, Action.DELIVER));
    }

    @Test
    void cancelAndReopen() {
        assertEquals(CANCELLED, next(WAITING_FOR_CITIZEN, Action.CANCEL));
        assertEquals(REOPENED, next(CANCELLED, Action.REOPEN));
        assertEquals(REOPENED, next(CLOSED, Action.REOPEN));
        assertEquals(IN_REVIEW, next(REOPENED, Action.CLAIM));
    }

    @Test
    void refusesWhatTheStatusDoesNotAllow() {
        assertEquals(Optional.empty(), StepTransitions.next(RECEIVED, Action.APPROVE));
        assertEquals(Optional.empty(), StepTransitions.next(IN_REVIEW, Action.DELIVER));
        assertEquals(Optional.empty(), StepTransitions.next(CLOSED, Action.CANCEL));
        assertEquals(Optional.empty(), StepTransitions.next(APPROVED, Action.REQUEST_DOCUMENTS));
        assertEquals(Optional.empty(), StepTransitions.next(WAITING_FOR_CITIZEN, Action.COMPLETE_STEP));
        assertEquals(Optional.empty(), StepTransitions.next(DELIVERED, Action.EXTEND_DEADLINE));
    }

    @Test
    void offersOnlyTheActionsTheStatusAllows() {
        assertTrue(StepTransitions.available(PENDING_APPROVAL).contains(Action.APPROVE));
        assertFalse(StepTransitions.available(IN_REVIEW).contains(Action.APPROVE));
        assertEquals(java.util.Set.of(Action.CLOSE), StepTransitions.available(DELIVERED));
    }

    private static RequestStatus next(RequestStatus from, Action action) {
        return StepTransitions.next(from, action).orElseThrow(() -> new AssertionError(action + " refused in " + from));
    }
}
