package al.tirana.sporteli.demo.control;

import al.tirana.sporteli.requests.entity.RequestStatus;

/**
 * How far each demo request is worked: decided by its tracking number, so that a restart carries on
 * the same plan. The mix leaves most requests open, as in a real office on a working day.
 */
public final class DemoPlan {

    private DemoPlan() {
    }

    public static RequestStatus goal(String trackingNumber) {
        int bucket = Math.floorMod(trackingNumber.hashCode() * 31 + 7, 100);
        if (bucket < 28) {
            return RequestStatus.RECEIVED;
        }
        if (bucket < 48) {
            return RequestStatus.IN_REVIEW;
        }
        if (bucket < 56) {
            return RequestStatus.WAITING_FOR_CITIZEN;
        }
        if (bucket < 68) {
            return RequestStatus.PENDING_APPROVAL;
        }
        if (bucket < 74) {
            return RequestStatus.DELIVERED;
        }
        if (bucket < 90) {
            return RequestStatus.CLOSED;
        }
        if (bucket < 95) {
            return RequestStatus.REJECTED;
        }
        return RequestStatus.CANCELLED;
    }
}
