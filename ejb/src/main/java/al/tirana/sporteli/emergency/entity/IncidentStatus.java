package al.tirana.sporteli.emergency.entity;

import java.util.EnumSet;
import java.util.Set;

/** reported → triaged → dispatched → on scene → resolved → closed, with the shortcuts a center needs. */
public enum IncidentStatus {
    REPORTED,
    TRIAGED,
    DISPATCHED,
    ON_SCENE,
    RESOLVED,
    CLOSED;

    /** Statuses an operator may move to from this one; dispatch and arrival follow the teams. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(TRIAGED, RESOLVED, CLOSED);
            case TRIAGED -> EnumSet.of(DISPATCHED, RESOLVED);
            case DISPATCHED -> EnumSet.of(ON_SCENE, RESOLVED);
            case ON_SCENE -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, TRIAGED);
            case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    public static Set<IncidentStatus> openStatuses() {
        return EnumSet.of(REPORTED, TRIAGED, DISPATCHED, ON_SCENE);
    }
}
